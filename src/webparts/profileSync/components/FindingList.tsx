import * as React from 'react';
import { ProfileSyncClassNames } from './styles';
import * as strings from 'ProfileSyncWebPartStrings';
import { Finding } from '../../../profile';
import { fieldLabel } from './fieldLabel';
import { fillTemplate } from './fillTemplate';

export interface IFindingListProps {
  findings: readonly Finding[];
  classNames: ProfileSyncClassNames;
}

interface FindingText { title: string; body: string; action?: string }

function textFor(finding: Finding): FindingText {
  switch (finding.code) {
    case 'photo-missing-in-sharepoint':
      return { title: strings.PhotoMissingInSharePointTitle, body: strings.PhotoMissingInSharePointBody, action: strings.PhotoSyncAction };
    case 'photo-differs':
      return { title: strings.PhotoDiffersTitle, body: strings.PhotoDiffersBody, action: strings.PhotoSyncAction };
    case 'photo-missing-in-microsoft365':
      return { title: strings.PhotoMissingInMicrosoft365Title, body: strings.PhotoMissingInMicrosoft365Body, action: strings.PhotoMissingInMicrosoft365Action };
    case 'photo-unverified':
      return { title: strings.PhotoUnverifiedTitle, body: strings.PhotoUnverifiedBody };
    case 'property-not-synced':
      return { title: fillTemplate(strings.PropertyNotSyncedTitle, fieldLabel(finding.field || '')), body: strings.PropertyNotSyncedBody, action: strings.PropertyNotSyncedAction };
    default:
      // The long explanation is said once below the list, not once per property.
      return { title: fillTemplate(strings.PropertyDiffersTitle, fieldLabel(finding.field || '')), body: strings.PropertyDiffersShort };
  }
}

function isPropertyFinding(finding: Finding): boolean {
  return finding.code === 'property-differs' || finding.code === 'property-not-synced';
}

/** One message per finding: what it means, both values, and what to do. */
export function FindingList(props: IFindingListProps): JSX.Element | null {
  const { findings, classNames } = props;
  if (findings.length === 0) return null;
  return (
    <section className={classNames.section}>
      <h3 className={classNames.sectionHeading}>{strings.FindingsHeading}</h3>
      <ul className={classNames.findings}>
        {findings.map((finding, index) => {
          const text = textFor(finding);
          const severityClass = finding.severity === 'warning' ? classNames.findingWarning : classNames.findingInfo;
          return (
            <li key={`${finding.code}-${finding.field || ''}-${index}`} className={`${classNames.finding} ${severityClass}`}
              data-finding={finding.code} data-field={finding.field} data-severity={finding.severity}>
              <h4 className={classNames.findingTitle}>{text.title}</h4>
              {isPropertyFinding(finding) && (
                <dl className={classNames.values}>
                  <dt>{strings.ValuesInSharePoint}</dt>
                  <dd>{finding.sharePointValue || strings.EmptyValue}</dd>
                  <dt>{strings.ValuesInMicrosoft365}</dt>
                  <dd>{finding.microsoft365Value || strings.EmptyValue}</dd>
                </dl>
              )}
              <p>{text.body}</p>
              {text.action && <p>{text.action}</p>}
            </li>
          );
        })}
      </ul>
      {findings.some((f) => f.code === 'property-differs') && (
        <div className={classNames.note} data-note="property-differs">
          <h4 className={classNames.findingTitle}>{strings.PropertyDiffersNoteHeading}</h4>
          <p>{strings.PropertyDiffersBody}</p>
          <p>{strings.PropertyDiffersAction}</p>
        </div>
      )}
    </section>
  );
}
