import * as React from 'react';
import * as strings from 'ProfileSyncWebPartStrings';
import { ITheme } from '@fluentui/react/lib/Styling';
import type { Diagnosis } from '../../../../profile';
import { fieldName } from '../../text/fieldLabel';
import { fillTemplate, joinList } from '../../text/fillTemplate';
import { StatusBanner } from '../StatusBanner';

/** The one-line verdict: in sync, or what differs. */
export function verdictText(diagnosis: Diagnosis): string {
  if (diagnosis.status === 'in-sync') {
    return diagnosis.findings.length > 0 ? strings.VerdictInSyncWithNotes : strings.VerdictInSync;
  }
  const differing: string[] = [];
  diagnosis.findings.forEach((finding) => {
    if (finding.severity !== 'warning') return;
    const label = finding.field ? fieldName(finding.field) : strings.FieldPhoto;
    if (differing.indexOf(label) < 0) differing.push(label);
  });
  // The photo alone reads better as its own sentence than as a one-item list; a damaged Microsoft 365
  // photo is not a difference SharePoint could catch up on, so it is said as what it is.
  if (differing.length === 1 && differing[0] === strings.FieldPhoto) {
    return diagnosis.findings.some((finding) => finding.code === 'photo-damaged-in-microsoft365')
      ? strings.VerdictPhotoDamagedInMicrosoft365
      : strings.VerdictOutOfSyncPhotoOnly;
  }
  return fillTemplate(strings.VerdictOutOfSync, joinList(differing, strings.ListSeparator, strings.ListLastSeparator));
}

export interface IVerdictProps {
  diagnosis: Diagnosis;
  theme: ITheme;
}

/** The verdict's banner; focusable (tabIndex -1) so the page can move focus to a new verdict. */
export const Verdict = React.forwardRef<HTMLDivElement, IVerdictProps>(function Verdict(props, ref) {
  return (
    <StatusBanner ref={ref} focusable={true} kind={props.diagnosis.status === 'in-sync' ? 'success' : 'warning'} theme={props.theme}>
      <strong data-verdict="">{verdictText(props.diagnosis)}</strong>
    </StatusBanner>
  );
});
