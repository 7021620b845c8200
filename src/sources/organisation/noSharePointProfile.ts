// A person Entra knows whose SharePoint profile does not exist yet (new accounts get one within about
// a day). SharePoint has no error for it in REST: PeopleManager answers an empty PersonProperties
// (CSOM's ServerObjectIsNull, pnp/powershell pull request 3891), which OData writes as
// {"odata.null":true}, or without AccountName and UserProfileProperties. Some farms throw
// UserNotFoundException instead ("User Not Found: Could not load profile data from the database").

const USER_NOT_FOUND = /UserNotFoundException|User Not Found/i;

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (Array.isArray(value) && value.length === 0) ||
    (typeof value === 'object' && Array.isArray((value as { results?: unknown }).results) && (value as { results: unknown[] }).results.length === 0);
}

/** True when a GetPropertiesFor body (as PnPjs parsed it) says there is no profile for that account. */
export function isNoProfileBody(body: unknown): boolean {
  if (body === null || body === undefined) return true;
  if (typeof body !== 'object') return false;
  const fields = body as Record<string, unknown>;
  if (fields['odata.null'] === true) return true;
  return isEmpty(fields.AccountName) && isEmpty(fields.UserProfileProperties);
}

/** True when SharePoint's error text says the account has no profile. */
export function isNoProfileError(text: string): boolean {
  return USER_NOT_FOUND.test(text);
}
