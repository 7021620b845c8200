import { diagnose, FindingCode, ProfileDataError } from '../profile';
import type { PhotoPresenceAnswer, SharePointProfileAnswer } from '../sources/organisation/types';
import { DirectoryPerson } from './directoryPerson';
import { CountKey, ScanCounts, ScannedPerson } from './types';

function identity(person: DirectoryPerson): Pick<ScannedPerson, 'id' | 'displayName' | 'userPrincipalName' | 'mail' | 'guest' | 'enabled'> {
  return {
    id: person.id,
    displayName: person.displayName,
    userPrincipalName: person.userPrincipalName,
    mail: person.mail,
    guest: person.guest,
    enabled: person.enabled
  };
}

function unread(person: DirectoryPerson, why: NonNullable<ScannedPerson['unread']>): ScannedPerson {
  return { ...identity(person), findings: [], differingFields: [], inSync: false, unread: why };
}

/**
 * One person's result from what the two services said: the same core as the "My profile" view
 * (diagnose), with photo presence only, since no pixels were read. A side that could not be read
 * leaves the person unread, with why; an answer that is not what the endpoint returns is bad data.
 */
export function scannedPersonOf(person: DirectoryPerson, sharePoint: SharePointProfileAnswer, photo: PhotoPresenceAnswer,
  fields: readonly string[]): ScannedPerson {
  if (!sharePoint.ok) return unread(person, sharePoint.error.kind);
  if ('noProfile' in sharePoint) return unread(person, 'no-sharepoint-profile');
  if (!photo.ok) return unread(person, photo.error.kind);
  try {
    const diagnosis = diagnose({ sharePointProfile: sharePoint.body, graphUser: person.graphUser, graphPhoto: photo.body, fields, photoPresenceOnly: true });
    const findings: FindingCode[] = [];
    const differingFields: string[] = [];
    diagnosis.findings.forEach((finding) => {
      if (findings.indexOf(finding.code) < 0) findings.push(finding.code);
      if (finding.field && differingFields.indexOf(finding.field) < 0) differingFields.push(finding.field);
    });
    return { ...identity(person), findings, differingFields, inSync: diagnosis.status === 'in-sync' };
  } catch (error) {
    if (error instanceof ProfileDataError) return unread(person, 'bad-data');
    throw error;
  }
}

// Every code a count can have, so the page shows 0 rather than nothing; a new code is a compile error here.
const NO_COUNTS: Record<CountKey, number> = {
  'photo-missing-in-sharepoint': 0,
  'photo-missing-in-microsoft365': 0,
  'photo-differs': 0,
  'photo-damaged-in-microsoft365': 0,
  'photo-unverified': 0,
  'photo-sync-pending': 0,
  'property-differs': 0,
  'property-not-synced': 0,
  'in-sync': 0
};

/** People per finding code (each person once per code) and in sync; unread people are in neither. */
export function countsOf(people: readonly ScannedPerson[]): ScanCounts {
  const counts: Record<CountKey, number> = { ...NO_COUNTS };
  people.forEach((person) => {
    if (person.unread) return;
    person.findings.forEach((code) => { counts[code]++; });
    if (person.inSync) counts['in-sync']++;
  });
  return counts;
}
