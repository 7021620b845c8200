import { describeValue, isPlainObject } from './describeValue';
import { describeODataError, readODataError } from './odataError';
import { ProfileDataError } from './ProfileDataError';
import { GraphUser } from './types';

// Reads the body of GET /v1.0/me. department only comes back with $select=department; like any
// other missing field it reads as '' (docs/DOMAIN.md, "Microsoft Graph shapes").

const INPUT = 'graphUser';
const EXPECTED = 'the JSON body of GET /v1.0/me';

type TextField = Exclude<keyof GraphUser, 'businessPhones'>;

const TEXT_FIELDS: TextField[] = [
  'id',
  'userPrincipalName',
  'displayName',
  'givenName',
  'surname',
  'jobTitle',
  'department',
  'officeLocation',
  'mail',
  'mobilePhone'
];

// Fields of /me we do not keep, but whose presence still shows the body is a user.
const OTHER_ME_FIELDS = ['preferredLanguage', 'businessPhones'];

export function readGraphUser(raw: unknown): GraphUser {
  const body = userBody(raw);
  const user: GraphUser = {
    id: '',
    userPrincipalName: '',
    displayName: '',
    givenName: '',
    surname: '',
    jobTitle: '',
    department: '',
    officeLocation: '',
    businessPhones: readBusinessPhones(body.businessPhones),
    mail: '',
    mobilePhone: ''
  };
  TEXT_FIELDS.forEach((field) => {
    user[field] = readText(field, body[field]);
  });
  return user;
}

function userBody(raw: unknown): Record<string, unknown> {
  if (!isPlainObject(raw)) {
    throw new ProfileDataError(`${INPUT}: expected ${EXPECTED} (an object), got ${describeValue(raw)}.`);
  }
  const error = readODataError(raw);
  if (error) {
    throw new ProfileDataError(
      `${INPUT}: Microsoft Graph answered with an error instead of a user (${describeODataError(error)}).`
    );
  }
  // `id` alone proves nothing: photo metadata and most other Graph entities have one too.
  const knownFields = (TEXT_FIELDS as string[]).filter((field) => field !== 'id').concat(OTHER_ME_FIELDS);
  const hasAny = knownFields.some((field) => Object.prototype.hasOwnProperty.call(raw, field));
  const otherEndpoint = otherEndpointOf(raw);
  if (!hasAny || otherEndpoint) {
    throw new ProfileDataError(
      `${INPUT}: expected ${EXPECTED} with fields such as id, displayName and mail, got ${describeValue(raw)}` +
        `${otherEndpoint ? `: ${otherEndpoint}` : ''}.`
    );
  }
  return raw;
}

/** Names the endpoint a body comes from when it is plainly not /me, or undefined. */
function otherEndpointOf(body: Record<string, unknown>): string | undefined {
  if ('@odata.mediaContentType' in body || '@odata.mediaEtag' in body) return 'the photo metadata of GET /me/photo';
  if (Array.isArray(body.value)) return 'a list (value: [...])';
  if ('UserProfileProperties' in body || isPlainObject(body.d)) return 'a SharePoint body (GetMyProperties?)';
  return undefined;
}

function readText(field: string, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') {
    throw new ProfileDataError(`${INPUT}: expected ${field} to be a string or null, got ${describeValue(value)}.`);
  }
  return value;
}

function readBusinessPhones(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  const isListOfText =
    Array.isArray(value) && value.every((phone: unknown) => typeof phone === 'string' || phone === null);
  if (!isListOfText) {
    throw new ProfileDataError(
      `${INPUT}: expected businessPhones to be an array of strings, got ${describeValue(value)}.`
    );
  }
  return (value as Array<string | null>).map((phone) => phone || '');
}
