import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import { getTheme } from '@fluentui/react/lib/Styling';
import { completeCheckIn } from '../../testing/checks';
import { expectNoAxeViolations } from '../../testing/axe';
import { PropertyTable } from '.';

describe('PropertyTable', () => {
  it('lists every compared property by its label with both values', async () => {
    const { container } = render(<PropertyTable rows={completeCheckIn('in-sync').properties} theme={getTheme()} />);
    const table = screen.getByRole('table', { name: 'Compared details' });
    const labels = within(table).getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(labels).toEqual(['Display name', 'First name', 'Last name', 'Job title', 'Department', 'Office', 'Work phone', 'Work email', 'Mobile phone']);
    expect(container.querySelectorAll('tr[data-equal="true"]')).toHaveLength(9);
    await expectNoAxeViolations(container);
  });

  it('says in words which property differs and which differs without being synced', () => {
    const differs = render(<PropertyTable rows={completeCheckIn('property-differs').properties} theme={getTheme()} />).container;
    const jobTitle = differs.querySelector('tr[data-property="jobTitle"]') as HTMLElement;
    expect(jobTitle.getAttribute('data-equal')).toBe('false');
    expect(jobTitle.lastElementChild?.textContent).toBe('Different');
    const notSynced = render(<PropertyTable rows={completeCheckIn('property-not-synced').properties} theme={getTheme()} />).container;
    expect((notSynced.querySelector('tr[data-property="mobilePhone"]') as HTMLElement).lastElementChild?.textContent).toBe('Not synced');
  });

  it('shows an empty value as "(empty)", not a blank cell', () => {
    const rows = completeCheckIn('in-sync').properties.map((row) => row.field === 'officeLocation' ? { ...row, sharePointValue: '' } : row);
    const { container } = render(<PropertyTable rows={rows} theme={getTheme()} />);
    expect((container.querySelector('tr[data-property="officeLocation"] td') as HTMLElement).textContent).toBe('(empty)');
  });

  it('shows nothing when no property was compared', () => {
    expect(render(<PropertyTable rows={[]} theme={getTheme()} />).container.innerHTML).toBe('');
  });
});
