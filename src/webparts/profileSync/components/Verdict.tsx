import * as React from 'react';
import * as strings from 'ProfileSyncWebPartStrings';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Diagnosis } from '../../../profile';
import { fieldLabel } from './fieldLabel';
import { fillTemplate, joinList } from './fillTemplate';

/** The one-line verdict: in sync, or what differs. */
export function verdictText(diagnosis: Diagnosis): string {
  if (diagnosis.status === 'in-sync') {
    return diagnosis.findings.length > 0 ? strings.VerdictInSyncWithNotes : strings.VerdictInSync;
  }
  const differing: string[] = [];
  diagnosis.findings.forEach((finding) => {
    if (finding.severity !== 'warning') return;
    const label = finding.field ? fieldLabel(finding.field) : strings.FieldPhoto;
    if (differing.indexOf(label) < 0) differing.push(label);
  });
  return fillTemplate(strings.VerdictOutOfSync, joinList(differing, strings.ListSeparator, strings.ListLastSeparator));
}

export function Verdict(props: { diagnosis: Diagnosis }): JSX.Element {
  const inSync = props.diagnosis.status === 'in-sync';
  return (
    <MessageBar messageBarType={inSync ? MessageBarType.success : MessageBarType.warning} isMultiline={true} data-verdict="">
      {verdictText(props.diagnosis)}
    </MessageBar>
  );
}
