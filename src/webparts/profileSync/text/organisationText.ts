import * as strings from 'ProfileSyncWebPartStrings';
import { IOrganisationStrings, organisationStrings as orgStrings } from '../loc/organisation';
import type { CountKey, Provenance, ScanFailure, ScannedPerson } from '../../../organisation';
import { provenanceOf } from '../../../organisation/provenance';
import type { CsvWords } from '../../../organisation/csv';
import type { FailureKind, ServiceWait, SourceName } from '../../../sources';
import { fieldLabel } from './fieldLabel';
import { fillTemplate } from './fillTemplate';

type OrgKey = keyof IOrganisationStrings;

// The maps below name string keys, read when called: the organisation view's words are chosen for
// the page's language after these modules have loaded (loc/organisation), so a value copied at load
// would stay English.

// One label per count key: a new finding code does not compile until it has words here.
const COUNT_LABEL_KEYS: Record<CountKey, OrgKey> = {
  'in-sync': 'OrgCountInSync',
  'photo-missing-in-sharepoint': 'OrgCountPhotoMissingInSharePoint',
  'photo-missing-in-microsoft365': 'OrgCountPhotoMissingInMicrosoft365',
  'photo-differs': 'OrgCountPhotoDiffers',
  'photo-damaged-in-microsoft365': 'OrgCountPhotoDamaged',
  'photo-unverified': 'OrgCountPhotoUnverified',
  'photo-sync-pending': 'OrgCountPhotoSyncPending',
  'property-differs': 'OrgCountPropertyDiffers',
  'property-not-synced': 'OrgCountPropertyNotSynced'
};

/** The summary's, table's and CSV's words for a count key, in the page's language. */
export function countLabel(key: CountKey): string {
  return orgStrings[COUNT_LABEL_KEYS[key]];
}

/** Every count key, in the order the summary lists them: warnings first, then notes, then in sync. */
export const COUNT_KEYS: readonly CountKey[] = [
  'photo-missing-in-sharepoint', 'photo-missing-in-microsoft365', 'photo-differs', 'photo-damaged-in-microsoft365',
  'property-differs', 'photo-sync-pending', 'photo-unverified', 'property-not-synced', 'in-sync'
];

const SERVICE_NAMES: Record<SourceName, string> = { graph: strings.TableMicrosoft365, sharePoint: strings.TableSharePoint };

// {0} is the service, {1} what it answered. Permission has its own words per service (below).
const FAILURE_TEMPLATES: Record<Exclude<FailureKind, 'permission'>, OrgKey> = {
  throttled: 'OrgErrorThrottled',
  unavailable: 'OrgErrorUnavailable',
  offline: 'OrgErrorOffline',
  'bad-data': 'OrgErrorBadData',
  unknown: 'OrgErrorUnknown'
};

/** Why the scan stopped and what IT can do; Graph's refusal names the permission to approve. */
export function scanFailureText(failure: ScanFailure): string {
  if (failure.source === 'graph' && failure.kind === 'permission') return orgStrings.OrgErrorGraphPermission;
  const detail = failure.kind === 'bad-data' || failure.status === undefined ? failure.message : `HTTP ${failure.status}`;
  if (failure.kind === 'permission') return fillTemplate(orgStrings.OrgErrorSharePointPermission, detail);
  return fillTemplate(orgStrings[FAILURE_TEMPLATES[failure.kind]], SERVICE_NAMES[failure.source], detail);
}

const WAIT_TEXT: Record<SourceName, OrgKey> = { graph: 'OrgWaitGraph', sharePoint: 'OrgWaitSharePoint' };

/** "Microsoft 365 asked us to slow down…": whole seconds, at least one. */
export function scanWaitText(wait: ServiceWait): string {
  return fillTemplate(orgStrings[WAIT_TEXT[wait.source]], String(Math.max(1, Math.ceil(wait.seconds))));
}

/** "About 4 min left." in whole minutes, rounded up; under a minute said as such. */
export function timeLeftText(remainingMs: number): string {
  return remainingMs < 60000 ? orgStrings.OrgTimeLeftUnderMinute : fillTemplate(orgStrings.OrgTimeLeftMinutes, String(Math.ceil(remainingMs / 60000)));
}

/** "About 25 min" / "a minute": a duration told before something starts, in whole minutes, rounded up. */
export function durationText(ms: number): string {
  return ms < 60000 ? orgStrings.OrgUnderMinute : fillTemplate(orgStrings.OrgMinutes, String(Math.ceil(ms / 60000)));
}

const PROVENANCE_KEYS: Record<Provenance, OrgKey> = {
  index: 'OrgFromIndex',
  'index-confirming': 'OrgFromIndexConfirming',
  'not-in-index': 'OrgNotInIndex',
  confirmed: 'OrgFromProfileConfirmed',
  profile: 'OrgFromProfile'
};

/** Where this person's verdict came from, in the page's language; empty for a person who could not be read. */
export function provenanceText(person: ScannedPerson): string {
  const from = provenanceOf(person);
  return from ? orgStrings[PROVENANCE_KEYS[from]] : '';
}

/** Why a person has no findings: their profile could not be read. */
export function notReadText(person: ScannedPerson): string {
  return person.unread === 'no-sharepoint-profile' ? orgStrings.OrgNotReadNoProfile : orgStrings.OrgNotReadOther;
}

/** The CSV's words in the page's language. */
export function csvWords(): CsvWords {
  return {
    headers: {
      name: orgStrings.OrgCsvName,
      userPrincipalName: orgStrings.OrgCsvUserPrincipalName,
      mail: orgStrings.OrgCsvMail,
      inSync: orgStrings.OrgCsvInSync,
      findings: orgStrings.OrgCsvFindings,
      findingCodes: orgStrings.OrgCsvFindingCodes,
      differingProperties: orgStrings.OrgCsvProperties,
      source: orgStrings.OrgCsvSource
    },
    yes: orgStrings.OrgYes,
    no: orgStrings.OrgNo,
    notRead: orgStrings.OrgCsvNotRead,
    listSeparator: '; ',
    finding: countLabel,
    property: fieldLabel,
    source: provenanceText
  };
}
