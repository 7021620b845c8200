import * as React from 'react';
import * as strings from 'ProfileSyncWebPartStrings';
import { ITheme } from '@fluentui/react/lib/Styling';
import type { Finding } from '../../../../profile';
import { FINDING_PRESENTATION } from './findingPresentation';
import { getClassNames } from './FindingList.styles';

export interface IFindingListProps {
  findings: readonly Finding[];
  theme: ITheme;
}

/** One message per finding: what it means, both values, and what to do. */
export function FindingList(props: IFindingListProps): JSX.Element | null {
  const { findings } = props;
  const classNames = getClassNames(props.theme);
  if (findings.length === 0) return null;
  return (
    <section className={classNames.section}>
      <h3 className={classNames.sectionHeading}>{strings.FindingsHeading}</h3>
      <ul className={classNames.findings}>
        {findings.map((finding, index) => {
          const presentation = FINDING_PRESENTATION[finding.code];
          const text = presentation.text(finding);
          const severityClass = finding.severity === 'warning' ? classNames.findingWarning : classNames.findingInfo;
          return (
            <li key={`${finding.code}-${finding.field || ''}-${index}`} className={`${classNames.finding} ${severityClass}`}
              data-finding={finding.code} data-field={finding.field} data-severity={finding.severity}>
              <h4 className={classNames.findingTitle}>{text.title}</h4>
              {presentation.showsValues && (
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
