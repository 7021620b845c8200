import type { CountKey, ScannedPerson } from '../../../../organisation';

/** What the table shows: everyone, one count key, the people who could not be read, or those being confirmed. */
export type PeopleFilter = 'all' | CountKey | 'not-read' | 'confirming';
export type PeopleSort = 'name-ascending' | 'name-descending' | 'most-findings';

function matchesFilter(person: ScannedPerson, filter: PeopleFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'not-read') return !!person.unread;
  if (filter === 'confirming') return !!person.confirming;
  if (person.unread) return false;
  if (filter === 'in-sync') return person.inSync;
  return person.findings.indexOf(filter) >= 0;
}

/** Case ignored, and composed the same way, so "øystein" finds "Øystein" however either was typed. */
function folded(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase();
}

/**
 * The people to show, searched by name (and user name), filtered and sorted. Pure and linear (plus
 * the sort), so 10,000 people filter between two keystrokes.
 */
export function peopleView(people: readonly ScannedPerson[], query: string, filter: PeopleFilter, sort: PeopleSort, locale: string): ScannedPerson[] {
  const needle = folded(query.trim());
  const shown = people.filter((person) => matchesFilter(person, filter) &&
    (!needle || folded(person.displayName).indexOf(needle) >= 0 || folded(person.userPrincipalName).indexOf(needle) >= 0));
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const byName = (a: ScannedPerson, b: ScannedPerson): number => collator.compare(a.displayName, b.displayName);
  if (sort === 'name-ascending') return shown.sort(byName);
  if (sort === 'name-descending') return shown.sort((a, b) => byName(b, a));
  return shown.sort((a, b) => (b.findings.length - a.findings.length) || byName(a, b));
}
