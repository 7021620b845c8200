import * as React from 'react';
import { organisationStrings as orgStrings } from '../../loc/organisation';
import { List } from '@fluentui/react/lib/List';
import { ITheme } from '@fluentui/react/lib/Styling';
import { getId } from '@fluentui/react/lib/Utilities';
import type { ScannedPerson } from '../../../../organisation';
import { fillTemplate } from '../../text/fillTemplate';
import { COUNT_KEYS, countLabel, notReadText, provenanceText } from '../../text/organisationText';
import { ActionButton } from '../ActionButton';
import { getClassNames } from './OrganisationTable.styles';
import { PeopleFilter, peopleView, PeopleSort } from './peopleView';

export interface IOrganisationTableProps {
  people: readonly ScannedPerson[];
  locale: string;
  theme: ITheme;
  onOpen(person: ScannedPerson): void;
  /** The order IT sees people in (searched, filtered, sorted), each time it changes: a quick check confirms in it. */
  onOrder?(ids: readonly string[]): void;
}

// Built when drawn, not at load: the words are chosen for the page's language after this module loads.
const filters = (): ReadonlyArray<[PeopleFilter, string]> => [
  ['all', orgStrings.OrgFilterAll],
  ...COUNT_KEYS.map((key): [PeopleFilter, string] => [key, countLabel(key)]),
  ['not-read', orgStrings.OrgCountNotRead],
  ['confirming', orgStrings.OrgFilterConfirming]
];

const sorts = (): ReadonlyArray<[PeopleSort, string]> => [
  ['name-ascending', orgStrings.OrgSortNameAscending],
  ['name-descending', orgStrings.OrgSortNameDescending],
  ['most-findings', orgStrings.OrgSortMostFindings]
];

/** The choice whose key the <select> gave back: typed by the list itself, no cast. */
function chosen<K extends string>(choices: ReadonlyArray<[K, string]>, value: string): K | undefined {
  const match = choices.filter(([key]) => key === value)[0];
  return match ? match[0] : undefined;
}

function findingsText(person: ScannedPerson): string {
  if (person.unread) return notReadText(person);
  if (person.notInIndex) return orgStrings.OrgNotInIndex;
  if (person.findings.length === 0) return countLabel('in-sync');
  return person.findings.map((code) => countLabel(code)).join('; ');
}

interface IRowProps { person: ScannedPerson; theme: ITheme; onOpen(person: ScannedPerson): void }

/** One person: who, what differs, and the button that opens the full comparison. */
const Row = React.memo(function Row(props: IRowProps): JSX.Element {
  const { person } = props;
  const classNames = getClassNames(props.theme);
  return (
    <div className={person.inSync || person.unread ? classNames.row : `${classNames.row} ${classNames.rowWarning}`}
      data-person={person.id} data-findings={person.findings.join(' ')} data-unread={person.unread}
      data-from={person.unread ? undefined : person.from || 'profile'} data-confirming={person.confirming ? '' : undefined}>
      <span className={classNames.who}>
        <span className={classNames.name}>{person.displayName}</span>
        <span className={classNames.account}>{person.userPrincipalName}</span>
      </span>
      <span className={classNames.findings}>
        <span className={classNames.verdict}>{findingsText(person)}</span>
        {!person.unread && !person.notInIndex && <span className={classNames.source} data-source="">{provenanceText(person)}</span>}
      </span>
      <span className={classNames.open} aria-label={fillTemplate(orgStrings.OrgOpenPersonFor, person.displayName)} role="group">
        <ActionButton action="open-person" onClick={() => props.onOpen(person)} theme={props.theme}>{orgStrings.OrgOpenPerson}</ActionButton>
      </span>
    </div>
  );
});

/**
 * Everyone scanned, searchable, filterable and sortable. Fluent's List renders only the rows near the
 * viewport (pages of 10), so 10,000 people scroll as smoothly as 10.
 */
export function OrganisationTable(props: IOrganisationTableProps): JSX.Element {
  const { people, locale, theme, onOpen } = props;
  const classNames = getClassNames(theme);
  const [ids] = React.useState(() => ({ heading: getId('organisation-table-heading'), search: getId('organisation-search'), filter: getId('organisation-filter'), sort: getId('organisation-sort') }));
  const headingId = ids.heading;
  const [query, setQuery] = React.useState('');
  const [filter, setFilter] = React.useState<PeopleFilter>('all');
  const [sort, setSort] = React.useState<PeopleSort>('name-ascending');
  const shown = React.useMemo(() => peopleView(people, query, filter, sort, locale), [people, query, filter, sort, locale]);
  const { onOrder } = props;
  React.useEffect(() => { if (onOrder) onOrder(shown.map((person) => person.id)); }, [shown, onOrder]);
  const renderCell = React.useCallback((person?: ScannedPerson) => (person ? <Row person={person} theme={theme} onOpen={onOpen} /> : null), [theme, onOpen]);
  return (
    <section className={classNames.section} aria-labelledby={headingId} data-people="">
      {/* Focusable from script only: it holds focus while a row the focus returns to is being drawn. */}
      <h3 id={headingId} className={classNames.sectionHeading} tabIndex={-1}>{orgStrings.OrgTableHeading}</h3>
      {/* The browser's own search field and lists: keyboard, screen readers and phones know them, and
          Fluent's Dropdown and SearchBox would bring their callout, panel, menu and button code (tens of
          kB gzip, and style code that lands in the "My profile" bundle through Fluent's shared index). */}
      <div className={classNames.controls}>
        <div className={classNames.control}>
          <label htmlFor={ids.search} className={classNames.label}>{orgStrings.OrgSearchLabel}</label>
          <input id={ids.search} type="search" className={classNames.input} value={query} autoComplete="off" spellCheck={false}
            onChange={(event) => setQuery(event.target.value)} data-search="" />
        </div>
        <div className={classNames.control}>
          <label htmlFor={ids.filter} className={classNames.label}>{orgStrings.OrgFilterLabel}</label>
          <select id={ids.filter} className={classNames.input} value={filter} data-filter=""
            onChange={(event) => setFilter(chosen(filters(), event.target.value) || 'all')}>
            {filters().map(([key, text]) => <option key={key} value={key}>{text}</option>)}
          </select>
        </div>
        <div className={classNames.control}>
          <label htmlFor={ids.sort} className={classNames.label}>{orgStrings.OrgSortLabel}</label>
          <select id={ids.sort} className={classNames.input} value={sort} data-sort=""
            onChange={(event) => setSort(chosen(sorts(), event.target.value) || 'name-ascending')}>
            {sorts().map(([key, text]) => <option key={key} value={key}>{text}</option>)}
          </select>
        </div>
      </div>
      <p className={classNames.showing} aria-live="polite" data-showing={shown.length}>
        {shown.length === 0 && people.length > 0
          ? orgStrings.OrgNoMatches
          : fillTemplate(orgStrings.OrgShowing, shown.length.toLocaleString(locale), people.length.toLocaleString(locale))}
      </p>
      <List items={shown} onRenderCell={renderCell} getKey={(person: ScannedPerson) => person.id} aria-labelledby={headingId} />
    </section>
  );
}
