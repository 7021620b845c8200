import * as React from 'react';
import * as strings from 'ProfileSyncWebPartStrings';
import { Dropdown, IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { List } from '@fluentui/react/lib/List';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { ITheme } from '@fluentui/react/lib/Styling';
import { getId } from '@fluentui/react/lib/Utilities';
import type { ScannedPerson } from '../../../../organisation';
import { fillTemplate } from '../../text/fillTemplate';
import { COUNT_KEYS, COUNT_LABELS, notReadText } from '../../text/organisationText';
import { ActionButton } from '../ActionButton';
import { getClassNames } from './OrganisationTable.styles';
import { PeopleFilter, peopleView, PeopleSort } from './peopleView';

export interface IOrganisationTableProps {
  people: readonly ScannedPerson[];
  locale: string;
  theme: ITheme;
  onOpen(person: ScannedPerson): void;
}

const SORTS: ReadonlyArray<[PeopleSort, string]> = [
  ['name-ascending', strings.OrgSortNameAscending],
  ['name-descending', strings.OrgSortNameDescending],
  ['most-findings', strings.OrgSortMostFindings]
];

function findingsText(person: ScannedPerson): string {
  if (person.unread) return notReadText(person);
  if (person.findings.length === 0) return COUNT_LABELS['in-sync'];
  return person.findings.map((code) => COUNT_LABELS[code]).join('; ');
}

interface IRowProps { person: ScannedPerson; theme: ITheme; onOpen(person: ScannedPerson): void }

/** One person: who, what differs, and the button that opens the full comparison. */
const Row = React.memo(function Row(props: IRowProps): JSX.Element {
  const { person } = props;
  const classNames = getClassNames(props.theme);
  return (
    <div className={person.inSync || person.unread ? classNames.row : `${classNames.row} ${classNames.rowWarning}`}
      data-person={person.id} data-findings={person.findings.join(' ')} data-unread={person.unread}>
      <span className={classNames.who}>
        <span className={classNames.name}>{person.displayName}</span>
        <span className={classNames.account}>{person.userPrincipalName}</span>
      </span>
      <span className={classNames.findings}>{findingsText(person)}</span>
      <span className={classNames.open} aria-label={fillTemplate(strings.OrgOpenPersonFor, person.displayName)} role="group">
        <ActionButton action="open-person" onClick={() => props.onOpen(person)} theme={props.theme}>{strings.OrgOpenPerson}</ActionButton>
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
  const [headingId] = React.useState(() => getId('organisation-table-heading'));
  const [query, setQuery] = React.useState('');
  const [filter, setFilter] = React.useState<PeopleFilter>('all');
  const [sort, setSort] = React.useState<PeopleSort>('name-ascending');
  const shown = React.useMemo(() => peopleView(people, query, filter, sort, locale), [people, query, filter, sort, locale]);
  const filterOptions: IDropdownOption[] = [
    { key: 'all', text: strings.OrgFilterAll },
    ...COUNT_KEYS.map((key) => ({ key, text: COUNT_LABELS[key] })),
    { key: 'not-read', text: strings.OrgCountNotRead }
  ];
  const renderCell = React.useCallback((person?: ScannedPerson) => (person ? <Row person={person} theme={theme} onOpen={onOpen} /> : null), [theme, onOpen]);
  return (
    <section className={classNames.section} aria-labelledby={headingId} data-people="">
      <h3 id={headingId} className={classNames.sectionHeading}>{strings.OrgTableHeading}</h3>
      <div className={classNames.controls}>
        <div className={classNames.control}>
          <SearchBox placeholder={strings.OrgSearchLabel} ariaLabel={strings.OrgSearchLabel} value={query} theme={theme}
            onChange={(_event, value) => setQuery(value || '')} data-search="" />
        </div>
        <Dropdown className={classNames.control} label={strings.OrgFilterLabel} selectedKey={filter} options={filterOptions} theme={theme}
          onChange={(_event, option) => { if (option) setFilter(option.key as PeopleFilter); }} data-filter="" />
        <Dropdown className={classNames.control} label={strings.OrgSortLabel} selectedKey={sort} theme={theme}
          options={SORTS.map(([key, text]) => ({ key, text }))}
          onChange={(_event, option) => { if (option) setSort(option.key as PeopleSort); }} data-sort="" />
      </div>
      <p className={classNames.showing} aria-live="polite" data-showing={shown.length}>
        {shown.length === 0 && people.length > 0
          ? strings.OrgNoMatches
          : fillTemplate(strings.OrgShowing, shown.length.toLocaleString(locale), people.length.toLocaleString(locale))}
      </p>
      <List items={shown} onRenderCell={renderCell} getKey={(person: ScannedPerson) => person.id} aria-labelledby={headingId} />
    </section>
  );
}
