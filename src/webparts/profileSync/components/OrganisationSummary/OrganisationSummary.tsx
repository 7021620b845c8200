import * as React from 'react';
import { organisationStrings as orgStrings } from '../../loc/organisation';
import { ITheme } from '@fluentui/react/lib/Styling';
import type { Provenance, ScanCounts } from '../../../../organisation';
import { COUNT_KEYS, countLabel } from '../../text/organisationText';
import { fillTemplate } from '../../text/fillTemplate';
import { getClassNames } from './OrganisationSummary.styles';

export interface IOrganisationSummaryProps {
  counts: ScanCounts;
  /** People whose result is known. */
  scanned: number;
  /** People whose profile could not be read: in no count. */
  notRead: number;
  /** People per source of their verdict (the people index, the profile). */
  sources: Record<Provenance, number>;
  locale: string;
  theme: ITheme;
}

/**
 * People per finding at the top: only the findings someone has, in sync always. Focusable (tabIndex
 * -1) so the page can move focus here when a scan ends and the button that was pressed is gone.
 */
type OrgKey = keyof typeof orgStrings;

// The sources as the summary lists them: a person being confirmed (in the index or not in it yet) counts once.
const SOURCE_LINES: ReadonlyArray<[string, OrgKey, (s: Record<Provenance, number>) => number]> = [
  ['index', 'OrgSourceIndex', (s) => s.index],
  ['confirmed', 'OrgSourceConfirmed', (s) => s.confirmed],
  ['profile', 'OrgSourceProfile', (s) => s.profile],
  ['confirming', 'OrgSourceConfirming', (s) => s['index-confirming'] + s['not-in-index']]
];

export const OrganisationSummary = React.forwardRef<HTMLHeadingElement, IOrganisationSummaryProps>(function OrganisationSummary(props, ref) {
  const classNames = getClassNames(props.theme);
  const number = (n: number): string => n.toLocaleString(props.locale);
  const { sources } = props;
  const usedIndex = sources.index + sources.confirmed + sources['index-confirming'] + sources['not-in-index'] > 0;
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
      <h4 className={classNames.sourcesHeading}>{orgStrings.OrgSourceHeading}</h4>
      <ul className={classNames.sources}>
        {SOURCE_LINES.filter(([, , count]) => count(props.sources) > 0).map(([key, words, count]) => (
          <li key={key} data-summary-source={key} data-count={count(props.sources)}>{fillTemplate(orgStrings[words], number(count(props.sources)))}</li>
        ))}
      </ul>
      {usedIndex && <p className={classNames.lag} data-index-lag="">{orgStrings.OrgIndexLag}</p>}
    </section>
  );
});
