import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { ScannedPerson } from '../../../../organisation';
import { getTheme } from '@fluentui/react/lib/Styling';
import { generatedPeople, scannedPerson } from '../../../../organisation/testing/people';
import { expectNoAxeViolations } from '../../testing/axe';
import { OrganisationTable, peopleView } from '.';

const PEOPLE: ScannedPerson[] = [
  scannedPerson({ id: 'b', displayName: 'Bjørn Berg', findings: ['photo-missing-in-sharepoint', 'property-differs'], differingFields: ['jobTitle'] }),
  scannedPerson({ id: 'a', displayName: 'Anne Andersen' }),
  scannedPerson({ id: 'c', displayName: 'Øystein Olsen', findings: ['property-differs'], differingFields: ['department'] }),
  scannedPerson({ id: 'd', displayName: 'Dina Dahl', unread: 'no-sharepoint-profile', inSync: false })
];

function shownIds(container: HTMLElement): string[] {
  return Array.prototype.map.call(container.querySelectorAll('[data-person]'), (row: Element) => row.getAttribute('data-person')) as string[];
}

function renderTable(people: readonly ScannedPerson[], onOpen = jest.fn()): HTMLElement {
  return render(<OrganisationTable people={people} locale="nb-NO" theme={getTheme()} onOpen={onOpen} />).container;
}

describe('peopleView', () => {
  it('sorts by name in the page\'s language: Ø after the Latin letters in Norwegian', () => {
    expect(peopleView(PEOPLE, '', 'all', 'name-ascending', 'nb-NO').map((p) => p.id)).toEqual(['a', 'b', 'd', 'c']);
    expect(peopleView(PEOPLE, '', 'all', 'name-descending', 'nb-NO').map((p) => p.id)).toEqual(['c', 'd', 'b', 'a']);
  });

  it('puts the people with the most findings first, then by name', () => {
    expect(peopleView(PEOPLE, '', 'all', 'most-findings', 'nb-NO').map((p) => p.id)).toEqual(['b', 'c', 'a', 'd']);
  });

  it('filters by finding, in sync, or not read: a person who could not be read is only under "not read"', () => {
    expect(peopleView(PEOPLE, '', 'property-differs', 'name-ascending', 'nb-NO').map((p) => p.id)).toEqual(['b', 'c']);
    expect(peopleView(PEOPLE, '', 'in-sync', 'name-ascending', 'nb-NO').map((p) => p.id)).toEqual(['a']);
    expect(peopleView(PEOPLE, '', 'not-read', 'name-ascending', 'nb-NO').map((p) => p.id)).toEqual(['d']);
  });

  it('searches names and user names whatever the case', () => {
    expect(peopleView(PEOPLE, 'øYSTEIN', 'all', 'name-ascending', 'nb-NO').map((p) => p.id)).toEqual(['c']);
    expect(peopleView(PEOPLE, 'b@contoso', 'all', 'name-ascending', 'nb-NO').map((p) => p.id)).toEqual(['b']);
  });
});

describe('OrganisationTable', () => {
  it('shows each person with what differs in words and their codes in data-findings', async () => {
    const container = renderTable(PEOPLE);
    const row = container.querySelector('[data-person="b"]') as HTMLElement;
    expect(row.getAttribute('data-findings')).toBe('photo-missing-in-sharepoint property-differs');
    expect(row.textContent).toContain('Photo in Microsoft 365 that SharePoint doesn\'t show yet; Details that are different in SharePoint');
    expect(container.querySelector('[data-person="d"]')!.textContent).toContain('No SharePoint profile yet.');
    expect(container.querySelector('[data-showing]')!.textContent).toBe('Showing 4 of 4');
    await expectNoAxeViolations(container);
  });

  it('narrows the list as IT type a name, and says when nobody matches', () => {
    const container = renderTable(PEOPLE);
    const search = screen.getByRole('searchbox', { name: 'Search by name' });
    fireEvent.change(search, { target: { value: 'berg' } });
    expect(shownIds(container)).toEqual(['b']);
    expect(container.querySelector('[data-showing]')!.textContent).toBe('Showing 1 of 4');
    fireEvent.change(search, { target: { value: 'nobody by this name' } });
    expect(shownIds(container)).toEqual([]);
    expect(container.querySelector('[data-showing]')!.textContent).toBe('Nobody matches. Clear the search or choose “Everyone”.');
  });

  it('filters by a finding chosen in the "Show" list', () => {
    const container = renderTable(PEOPLE);
    fireEvent.change(screen.getByRole('combobox', { name: 'Show' }), { target: { value: 'property-differs' } });
    expect((screen.getByRole('option', { name: 'Details that are different in SharePoint' }) as HTMLOptionElement).selected).toBe(true);
    expect(shownIds(container)).toEqual(['b', 'c']);
  });

  it('sorts by what is chosen in "Sort by"', () => {
    const container = renderTable(PEOPLE);
    fireEvent.change(screen.getByRole('combobox', { name: 'Sort by' }), { target: { value: 'most-findings' } });
    expect(shownIds(container)).toEqual(['b', 'c', 'a', 'd']);
  });

  it('renders only a window of 10,000 people, and filters all of them', () => {
    const people = generatedPeople(10000);
    const container = renderTable(people);
    const rendered = container.querySelectorAll('[data-person]').length;
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThanOrEqual(100);
    expect(container.querySelector('[data-showing]')!.textContent).toBe(`Showing ${(10000).toLocaleString('nb-NO')} of ${(10000).toLocaleString('nb-NO')}`);
    act(() => { fireEvent.change(screen.getByRole('searchbox'), { target: { value: people[9999].displayName } }); });
    expect(shownIds(container)).toEqual([people[9999].id]);
  });

  it('opens a person with their row\'s button, which names them', () => {
    const onOpen = jest.fn();
    const container = renderTable(PEOPLE, onOpen);
    const button = container.querySelector('[data-person="c"] [data-action="open-person"]') as HTMLElement;
    expect(button.parentElement!.getAttribute('aria-label')).toBe('Details for Øystein Olsen');
    fireEvent.click(button);
    expect(onOpen).toHaveBeenCalledWith(PEOPLE[2]);
  });
});
