import * as React from 'react';
import type { OrganisationScannerInputs, ScanSettings } from '../../../../organisation';
import { createOrganisationScanner } from '../../../../organisation/createOrganisationScanner';
import { chooseOrganisationLanguage } from '../../loc/organisation';
import OrganisationView, { IOrganisationViewProps } from '../OrganisationView';

export interface IOrganisationPageProps extends Omit<IOrganisationViewProps, 'scanner'> {
  /** The same connection as the "My profile" view, and where results are kept. */
  inputs: OrganisationScannerInputs;
  settings: ScanSettings;
}

/**
 * The organisation chunk's entry: builds one scanner per set of settings (a new scope or field choice
 * is a new scan), stops it when the web part goes away, and renders the view over it.
 */
export default function OrganisationPage(props: IOrganisationPageProps): JSX.Element {
  const { inputs, settings, ...viewProps } = props;
  // The view's words come with this chunk: in the page's language, before anything renders them.
  chooseOrganisationLanguage(viewProps.locale);
  const settingsKey = `${inputs.userKey}|${JSON.stringify(settings)}`;
  // The inputs object is new on every render of the web part: only the settings and the user make a new scan.
  const latest = React.useRef({ inputs, settings });
  latest.current = { inputs, settings };
  const scanner = React.useMemo(() => createOrganisationScanner(latest.current.inputs, latest.current.settings), [settingsKey]);
  React.useEffect(() => {
    // Closing or reloading the tab never disposes a web part: keep the scan so far, so the next visit goes on with it.
    const keep = (): void => scanner.dispose();
    window.addEventListener('pagehide', keep);
    return () => {
      window.removeEventListener('pagehide', keep);
      scanner.dispose();
    };
  }, [scanner]);
  return <OrganisationView scanner={scanner} {...viewProps} />;
}
