import type { FindingCode } from '../profile';
import type { ScannedPerson } from './types';

/** The words of the export in the page's language: the page passes them in, so this stays pure. */
export interface CsvWords {
  headers: {
    name: string;
    userPrincipalName: string;
    mail: string;
    inSync: string;
    findings: string;
    findingCodes: string;
    differingProperties: string;
    /** Where the verdict came from (the people index, the profile). */
    source: string;
  };
  yes: string;
  no: string;
  /** For people whose profile could not be read: neither in sync nor out of it. */
  notRead: string;
  /** Joins several findings or properties inside one cell. */
  listSeparator: string;
  finding(code: FindingCode): string;
  property(field: string): string;
  /** A person's verdict's source in words; empty for a person who could not be read. */
  source(person: ScannedPerson): string;
}

// Excel, LibreOffice and Google Sheets run a cell that starts with one of these as a formula. OWASP's
// CSV injection guidance: prefix such a cell with a single quote so it is read as text.
// https://owasp.org/www-community/attacks/CSV_Injection
const FORMULA_START = /^[=+\-@\t\r]/;

// RFC 4180: a field with a comma, a double quote, CR or LF is quoted, and its quotes are doubled.
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: made inert when a spreadsheet would run it, then quoted as RFC 4180 asks. */
export function csvCell(value: string): string {
  const inert = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

function inSyncWord(person: ScannedPerson, words: CsvWords): string {
  if (person.unread || person.notInIndex) return words.notRead;
  return person.inSync ? words.yes : words.no;
}

/**
 * The scan as a CSV file's text: UTF-8 byte order mark first (without it Excel reads UTF-8 as the
 * local code page and breaks "Ø" and "é"), CRLF line ends, one person a row.
 */
export function organisationCsv(people: readonly ScannedPerson[], words: CsvWords): string {
  const { headers } = words;
  const rows: string[][] = [[
    headers.name, headers.userPrincipalName, headers.mail, headers.inSync, headers.findings, headers.findingCodes, headers.differingProperties, headers.source
  ]];
  people.forEach((person) => rows.push([
    person.displayName,
    person.userPrincipalName,
    person.mail,
    inSyncWord(person, words),
    person.findings.map((code) => words.finding(code)).join(words.listSeparator),
    person.findings.join(' '),
    person.differingFields.map((field) => words.property(field)).join(words.listSeparator),
    words.source(person)
  ]));
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
