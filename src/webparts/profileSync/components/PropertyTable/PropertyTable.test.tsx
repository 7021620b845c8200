import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import { getTheme } from '@fluentui/react/lib/Styling';
import { readProperties } from '../../../../profile';
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
    expect(jobTitle.lastElementChild?.textContent).toContain('Different');
    expect(within(jobTitle).getByRole('cell', { name: 'Different' })).toBeTruthy();
    const notSynced = render(<PropertyTable rows={completeCheckIn('property-not-synced').properties} theme={getTheme()} />).container;
    expect(within(notSynced.querySelector('tr[data-property="mobilePhone"]') as HTMLElement).getByRole('cell', { name: 'Not synced' })).toBeTruthy();
  });

  it('shows an empty value as "(empty)", not a blank cell', () => {
    const rows = completeCheckIn('in-sync').properties.map((row) => row.field === 'officeLocation' ? { ...row, sharePointValue: '' } : row);
    const { container } = render(<PropertyTable rows={rows} theme={getTheme()} />);
    expect((container.querySelector('tr[data-property="officeLocation"] td[data-side="sharepoint"]') as HTMLElement).textContent).toBe('SharePoint(empty)');
    expect(within(container.querySelector('tr[data-property="officeLocation"]') as HTMLElement).getAllByRole('cell')[0].textContent).toContain('(empty)');
  });

  it('is a named section with a real heading, so the table can be found by its heading', () => {
    render(<PropertyTable rows={completeCheckIn('in-sync').properties} theme={getTheme()} />);
    const heading = screen.getByRole('heading', { level: 3, name: 'Compared details' });
    expect(screen.getByRole('region', { name: 'Compared details' })).toBeTruthy();
    expect(screen.getByRole('table').getAttribute('aria-labelledby')).toBe(heading.id);
  });

  it('lets an e-mail address wrap after the @ and the dots, never inside a word', () => {
    const rows = completeCheckIn('in-sync').properties.map((row) => row.field === 'mail' ? { ...row, sharePointValue: 'kari.nordmann@contoso.com' } : row);
    const { container } = render(<PropertyTable rows={rows} theme={getTheme()} />);
    const cell = container.querySelector('tr[data-property="mail"] td[data-side="sharepoint"]') as HTMLElement;
    expect(cell.innerHTML).toContain('kari.<wbr>nordmann@<wbr>contoso.<wbr>com');
  });

  it('when Microsoft 365 could not be read, still lists every SharePoint value and says the other side could not be read', async () => {
    const check = completeCheckIn('in-sync');
    const { container } = render(<PropertyTable rows={readProperties(check.sharePoint, undefined)} theme={getTheme()} />);
    const jobTitle = container.querySelector('tr[data-property="jobTitle"]') as HTMLElement;
    expect(jobTitle.getAttribute('data-equal')).toBe('unknown');
    expect((jobTitle.querySelector('td[data-side="sharepoint"]') as HTMLElement).textContent).toContain(check.properties.filter((r) => r.field === 'jobTitle')[0].sharePointValue);
    expect((jobTitle.querySelector('td[data-side="microsoft365"]') as HTMLElement).textContent).toContain("Couldn't read");
    expect(within(jobTitle).getByRole('cell', { name: 'Not compared' })).toBeTruthy();
    expect(container.querySelectorAll('tr[data-equal="false"]')).toHaveLength(0);
    await expectNoAxeViolations(container);
  });

  it('shows nothing when no property was compared', () => {
    expect(render(<PropertyTable rows={[]} theme={getTheme()} />).container.innerHTML).toBe('');
  });
});
