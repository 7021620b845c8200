import { SourceError } from '../SourceError';

// One row of SharePoint search's people index (the "Local People Results" source), as the
// organisation's quick check reads it: who it is, and the compared values as a user profile body
// the core (src/profile) reads like GetPropertiesFor's. Managed property -> profile property, per
// "Overview of crawled and managed properties" (tenant/README.md "The people index").

/** The managed properties the quick check asks for, in the order it asks. */
export const INDEX_PROPERTIES: readonly string[] = [
  'AccountName', 'AADObjectID', 'PreferredName', 'FirstName', 'LastName', 'JobTitle', 'Department',
  'OfficeNumber', 'WorkPhone', 'WorkEmail', 'MobilePhone', 'PictureURL'
];

// Managed property -> the user profile keys the core reads for it.
const PROFILE_KEYS: ReadonlyArray<[string, string[]]> = [
  ['PreferredName', ['PreferredName']],
  ['FirstName', ['FirstName']],
  ['LastName', ['LastName']],
  ['JobTitle', ['SPS-JobTitle', 'Title']],
  ['Department', ['Department']],
  ['OfficeNumber', ['Office']],
  ['WorkPhone', ['WorkPhone']],
  ['WorkEmail', ['WorkEmail']],
  ['MobilePhone', ['CellPhone']],
  ['PictureURL', ['PictureURL']]
];

/** A person as the people index holds them. */
export interface PeopleIndexEntry {
  docId: number;
  /** The Entra object id, lower case; '' when the entry has none. */
  objectId: string;
  /** From the account name's claim, lower case. */
  userPrincipalName: string;
  /** A PersonProperties-shaped body: what the core compares. */
  profile: { AccountName: string; UserProfileProperties: Array<{ Key: string; Value: string; ValueType: string }> };
}

const CLAIM_PREFIX = /^i:0#\.f\|membership\|/i;

function text(value: unknown): string {
  return typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
}

/** One row (PnPjs's PrimarySearchResults item: cell Key -> Value); throws bad-data when it is no people entry. */
export function peopleIndexEntryOf(row: Record<string, unknown>): PeopleIndexEntry {
  const docId = Number(row.DocId);
  const accountName = text(row.AccountName);
  if (!Number.isSafeInteger(docId) || docId < 0 || !CLAIM_PREFIX.test(accountName)) {
    throw new SourceError('sharePoint', 'bad-data', 'SharePoint search answered with a row that is not a person of the people index (no DocId or account name)');
  }
  const properties: Array<{ Key: string; Value: string; ValueType: string }> = [];
  PROFILE_KEYS.forEach(([managed, keys]) => {
    keys.forEach((Key) => properties.push({ Key, Value: text(row[managed]), ValueType: 'Edm.String' }));
  });
  return {
    docId,
    objectId: text(row.AADObjectID).trim().toLowerCase(),
    userPrincipalName: accountName.replace(CLAIM_PREFIX, '').trim().toLowerCase(),
    profile: { AccountName: accountName, UserProfileProperties: properties }
  };
}
