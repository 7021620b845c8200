import * as React from 'react';
import { fireEvent, render } from '@testing-library/react';
import { getTheme } from '@fluentui/react/lib/Styling';
import { scannedPerson } from '../../../../organisation/testing/people';
import { expectNoAxeViolations } from '../../testing/axe';
import { downloadText, OrganisationExport } from '.';

const PEOPLE = [
  scannedPerson({ id: 'k', displayName: 'Kari Nordmann', findings: ['property-differs'], differingFields: ['jobTitle'] }),
  scannedPerson({ id: 'h', displayName: '=HYPERLINK("https://evil.example","Open")' }),
  scannedPerson({ id: 'i', displayName: 'Ida Index', from: 'index', confirming: true, inSync: false, findings: ['property-differs'], differingFields: ['department'] })
];

describe('OrganisationExport', () => {
  it('"Export CSV" saves everyone as a dated CSV with localised words, codes and inert formulas', async () => {
    const save = jest.fn();
    const { container } = render(<OrganisationExport people={PEOPLE} theme={getTheme()} now={() => new Date('2026-12-01T08:00:00Z')} save={save} />);
    const button = container.querySelector('[data-action="export-csv"]') as HTMLElement;
    expect(button.textContent).toBe('Export CSV');
    fireEvent.click(button);
    const [text, fileName, type] = save.mock.calls[0] as [string, string, string];
    expect(fileName).toBe('profile-sync-2026-12-01.csv');
    expect(type).toBe('text/csv;charset=utf-8');
    expect(text.split('\r\n')).toEqual([
      '\uFEFFName,User principal name,Email,Profiles match,Differences,Finding codes,Different details,Source',
      'Kari Nordmann,k@contoso.example,k@contoso.example,No,Details that are different in SharePoint,property-differs,Job title,Read from the profile',
      '"\'=HYPERLINK(""https://evil.example"",""Open"")",h@contoso.example,h@contoso.example,Yes,,,,Read from the profile',
      'Ida Index,i@contoso.example,i@contoso.example,No,Details that are different in SharePoint,property-differs,Department,"From the people index, being confirmed"',
      ''
    ]);
    await expectNoAxeViolations(container);
  });
});

describe('downloadText', () => {
  it('clicks a temporary download link to an object URL, removes it, and revokes the URL afterwards', () => {
    jest.useFakeTimers();
    const created = jest.spyOn(URL, 'createObjectURL').mockReturnValue('blob:http://localhost/csv-1');
    const revoked = jest.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: Array<{ href: string; download: string }> = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    try {
      downloadText('a,b\r\n', 'x.csv', 'text/csv;charset=utf-8');
      expect((created.mock.calls[0][0] as Blob).type).toBe('text/csv;charset=utf-8');
      expect(clicked).toEqual([{ href: 'blob:http://localhost/csv-1', download: 'x.csv' }]);
      expect(document.querySelector('a[download]')).toBeNull();
      expect(revoked).not.toHaveBeenCalled();
      jest.runAllTimers();
      expect(revoked).toHaveBeenCalledWith('blob:http://localhost/csv-1');
    } finally {
      click.mockRestore();
      created.mockRestore();
      revoked.mockRestore();
      jest.useRealTimers();
    }
  });
});
