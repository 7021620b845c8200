import * as React from 'react';
import { organisationStrings as orgStrings } from '../../loc/organisation';
import { ITheme } from '@fluentui/react/lib/Styling';
import type { ScanCounts } from '../../../../organisation';
import { COUNT_KEYS, countLabel } from '../../text/organisationText';
import { fillTemplate } from '../../text/fillTemplate';
import { getClassNames } from './OrganisationSummary.styles';

export interface IOrganisationSummaryProps {
  counts: ScanCounts;
  /** People whose result is known. */
  scanned: number;
  /** People whose profile could not be read: in no count. */
  notRead: number;
  locale: string;
  theme: ITheme;
}

/**
 * People per finding at the top: only the findings someone has, in sync always. Focusable (tabIndex
 * -1) so the page can move focus here when a scan ends and the button that was pressed is gone.
 */
export const OrganisationSummary = React.forwardRef<HTMLHeadingElement, IOrganisationSummaryProps>(function OrganisationSummary(props, ref) {
  const classNames = getClassNames(props.theme);
  const number = (n: number): string => n.toLocaleString(props.locale);
  const shown = COUNT_KEYS.filter((key) => key === 'in-sync' || (props.counts[key] || 0) > 0);
  return (
    <section className={classNames.section} data-summary="">
      <h3 ref={ref} tabIndex={-1} className={classNames.sectionHeading}>{orgStrings.OrgSummaryHeading}</h3>
      <p className={classNames.checked}>{fillTemplate(orgStrings.OrgSummaryChecked, number(props.scanned))}</p>
      <ul className={classNames.counts}>
        {shown.map((key) => (
          <li key={key} className={classNames.count} data-summary-count={key}>
            <span className={classNames.number}>{number(props.counts[key] || 0)}</span>
            <span>{countLabel(key)}</span>
          </li>
        ))}
        {props.notRead > 0 && (
          <li className={classNames.count} data-summary-count="not-read">
            <span className={classNames.number}>{number(props.notRead)}</span>
            <span>{orgStrings.OrgCountNotRead}</span>
          </li>
        )}
      </ul>
    </section>
  );
});
