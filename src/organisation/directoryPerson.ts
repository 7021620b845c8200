import type { ScannedPerson, ScanSettings } from './types';

/** One /users item as the scan needs it: who (as the result names them), whether in scope, and the raw body the core compares. */
export interface DirectoryPerson extends Pick<ScannedPerson, 'id' | 'displayName' | 'userPrincipalName' | 'mail' | 'guest' | 'enabled'> {
  /** The /users item as Graph sent it: diagnose's graphUser. */
  graphUser: Record<string, unknown>;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A /users item, or undefined when it names nobody (no id or user name): nothing to look up in SharePoint. */
export function directoryPersonOf(raw: unknown): DirectoryPerson | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const user = raw as Record<string, unknown>;
  const id = text(user.id);
  const userPrincipalName = text(user.userPrincipalName);
  if (!id || !userPrincipalName) return undefined;
  return {
    id,
    displayName: text(user.displayName),
    userPrincipalName,
    mail: text(user.mail),
    // B2B guests have userType 'Guest' and a user name with #EXT# (https://learn.microsoft.com/entra/external-id/user-properties).
    guest: user.userType === 'Guest' || userPrincipalName.toUpperCase().indexOf('#EXT#') >= 0,
    // Only an explicit false is disabled: $select may leave the field out for some accounts.
    enabled: user.accountEnabled !== false,
    graphUser: user
  };
}

/** Guests and disabled accounts are filtered here, not with $filter: every Graph tenant answers the same. */
export function inScope(person: DirectoryPerson, settings: ScanSettings): boolean {
  return (settings.includeGuests || !person.guest) && (settings.includeDisabled || person.enabled);
}

/**
 * What of a person's Graph values the scan compares, as one short string: equal strings mean the
 * values SharePoint would be compared against did not change (FNV-1a, 32 bits, base 36).
 */
export function graphFingerprint(person: DirectoryPerson, fields: readonly string[]): string {
  const values = [person.userPrincipalName].concat(fields.map((field) => JSON.stringify(person.graphUser[field] === undefined ? null : person.graphUser[field])));
  const textOf = values.join('\u0001');
  let hash = 0x811c9dc5;
  for (let i = 0; i < textOf.length; i++) {
    hash ^= textOf.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
