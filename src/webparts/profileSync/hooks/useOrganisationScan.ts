import * as React from 'react';
import type { IOrganisationScanner, ScannedPerson, ScanProgress } from '../../../organisation';

export interface OrganisationScanState {
  progress: ScanProgress;
  people: readonly ScannedPerson[];
}

/**
 * The scanner's progress and people as React state: re-renders on each change the scanner tells,
 * and stops listening when the component goes away (the scanner itself lives on in its owner).
 */
export function useOrganisationScan(scanner: IOrganisationScanner): OrganisationScanState {
  const read = (): OrganisationScanState => ({ progress: scanner.progress, people: scanner.people });
  const [state, setState] = React.useState<OrganisationScanState>(read);
  React.useEffect(() => {
    const update = (): void => setState({ progress: scanner.progress, people: scanner.people });
    // A change between the first render and subscribing would otherwise be missed.
    update();
    return scanner.subscribe(update);
  }, [scanner]);
  return state;
}
