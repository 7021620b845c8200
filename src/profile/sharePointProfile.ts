import { describeValue, isPlainObject } from './describeValue';
import { describeODataError, readODataError } from './odataError';
import { ProfileDataError } from './ProfileDataError';
import { SharePointProfile } from './types';

// Reads the body of GET _api/SP.UserProfiles.PeopleManager/GetMyProperties in any OData flavour
// (docs/DOMAIN.md, "SharePoint REST shapes"):
//   verbose     { d: { __metadata, ..., UserProfileProperties: { results: [{Key, Value, ValueType}] } } }
//   nometadata  { ..., UserProfileProperties: [{Key, Value, ValueType}] }
//   minimal     the same plus odata.metadata, odata.type, odata.id, odata.editLink (PnPjs v4)

const INPUT = 'sharePointProfile';
const EXPECTED = 'the JSON body of GetMyProperties (an object with UserProfileProperties)';

export function readSharePointProfile(raw: unknown): SharePointProfile {
  const person = personProperties(raw);
  const properties = readUserProfileProperties(person.UserProfileProperties);
  const property = (key: string): string => (hasOwn(properties, key) ? properties[key] : '');
  const topLevel = (name: string): string => stringOrEmpty(person[name]);

  return {
    accountName: topLevel('AccountName') || property('AccountName'),
    displayName: topLevel('DisplayName') || property('PreferredName'),
    email: topLevel('Email') || property('WorkEmail'),
    userPrincipalName: property('SPS-UserPrincipalName') || upnFromClaims(topLevel('AccountName')),
    // The top-level PictureUrl carries a ?t= cache-buster; an empty PictureURL key means "no photo"
    // and must not be overridden by it.
    pictureUrl: hasOwn(properties, 'PictureURL') ? property('PictureURL') : topLevel('PictureUrl'),
    pictureTimestamp: property('SPS-PictureTimestamp'),
    placeholderState: property('SPS-PicturePlaceholderState'),
    exchangeSyncState: property('SPS-PictureExchangeSyncState'),
    personalUrl: topLevel('PersonalUrl'),
    title: topLevel('Title'),
    properties
  };
}

/** The PersonProperties object, unwrapped from the verbose envelope when there is one. */
function personProperties(raw: unknown): Record<string, unknown> {
  if (!isPlainObject(raw)) {
    throw new ProfileDataError(`${INPUT}: expected ${EXPECTED}, got ${describeValue(raw)}.`);
  }
  const error = readODataError(raw);
  if (error && raw.UserProfileProperties === undefined) {
    throw new ProfileDataError(
      `${INPUT}: SharePoint answered with an error instead of a profile (${describeODataError(error)}).`
    );
  }
  const person = isPlainObject(raw.d) ? raw.d : raw;
  const otherEndpoint = otherEndpointOf(person);
  if (otherEndpoint && person.UserProfileProperties === undefined) {
    throw new ProfileDataError(`${INPUT}: expected ${EXPECTED}, got ${otherEndpoint} (${describeValue(person)}).`);
  }
  if (person.UserProfileProperties === undefined || person.UserProfileProperties === null) {
    throw new ProfileDataError(
      `${INPUT}: expected ${EXPECTED}, got ${describeValue(person)} without UserProfileProperties` +
        ' (was it left out of $select?).'
    );
  }
  return person;
}

/** Names the endpoint a body comes from when it is plainly not GetMyProperties, or undefined. */
function otherEndpointOf(body: Record<string, unknown>): string | undefined {
  if ('@odata.mediaContentType' in body || '@odata.mediaEtag' in body) return 'the photo metadata of GET /me/photo';
  // A collection: {value: [...]} (minimal, nometadata) or {d: {results: [...]}} (verbose).
  if (Array.isArray(body.value) || Array.isArray(body.results)) return 'a list, not one profile';
  if (typeof body.userPrincipalName === 'string' || Array.isArray(body.businessPhones)) return 'a Microsoft Graph user (GET /me?)';
  return undefined;
}

function readUserProfileProperties(value: unknown): Record<string, string> {
  const entries = Array.isArray(value) ? value : isPlainObject(value) ? value.results : undefined;
  if (!Array.isArray(entries)) {
    throw new ProfileDataError(
      `${INPUT}: expected UserProfileProperties to be an array (or {results: [...]} in odata=verbose),` +
        ` got ${describeValue(value)}.`
    );
  }
  const properties: Record<string, string> = {};
  entries.forEach((entry: unknown, index: number) => {
    if (!isKeyValue(entry)) {
      throw new ProfileDataError(
        `${INPUT}: expected UserProfileProperties[${index}] to be a {Key, Value} object with a string Key` +
          ` and a string or null Value, got ${describeValue(entry)}${describeKeyValue(entry)}.`
      );
    }
    properties[entry.Key] = entry.Value === null ? '' : entry.Value;
  });
  return properties;
}

interface KeyValue {
  Key: string;
  Value: string | null;
}

function isKeyValue(entry: unknown): entry is KeyValue {
  return (
    isPlainObject(entry) &&
    typeof entry.Key === 'string' &&
    entry.Key !== '' &&
    (typeof entry.Value === 'string' || entry.Value === null)
  );
}

function describeKeyValue(entry: unknown): string {
  if (!isPlainObject(entry) || typeof entry.Key !== 'string') return '';
  return ` (Key "${entry.Key}", Value ${describeValue(entry.Value)})`;
}

// AccountName is a claims string, i:0#.f|membership|<upn>.
function upnFromClaims(accountName: string): string {
  return accountName.slice(accountName.lastIndexOf('|') + 1);
}

function stringOrEmpty(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function hasOwn(record: Record<string, string>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}
