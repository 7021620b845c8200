// The organisation view's shapes: what IT see of everyone in scope, and how the page drives a scan.
// Agreed between the scan (src/organisation, src/sources/organisation), the page
// (components/Organisation*) and the fake tenant (tenant/organisation): change them together.
import type { FindingCode } from '../profile';
import type { CompleteCheck, PartialCheck, FailedCheck } from '../check';
import type { SPFI } from '@pnp/sp';
import type { IPhotoDecoder } from '../pixels/types';
import type { BrowserFetch, FailureKind, GraphFetch, ServiceErrorDetails, ServiceWait, SourceName } from '../sources';

/** Who the scan covers, chosen in the property pane. */
export type ScanScope = { kind: 'everyone' } | { kind: 'group'; groupId: string };

export interface ScanSettings {
  scope: ScanScope;
  /** Guests (userType 'Guest', '#EXT#' user names) are left out unless asked for. */
  includeGuests: boolean;
  /** Accounts with accountEnabled false are left out unless asked for. */
  includeDisabled: boolean;
  /** Graph field names to compare: the same property-pane choice as the "My profile" view. */
  fields: readonly string[];
}

/** A count key: a finding code, or 'in-sync' (people with no warning). */
export type CountKey = FindingCode | 'in-sync';

/** People per finding: a person counts once per code, however many properties differ. */
export type ScanCounts = Partial<Record<CountKey, number>>;

/** One person as the table, the counts and the CSV need them: small, so 10,000 fit in storage. */
export interface ScannedPerson {
  /** Entra object id (Graph `id`, SharePoint's msOnline-ObjectId). */
  id: string;
  displayName: string;
  userPrincipalName: string;
  mail: string;
  guest: boolean;
  enabled: boolean;
  /** Each finding code once, in the core's order; empty when the two copies agree. */
  findings: FindingCode[];
  /** Graph field names behind property-differs / property-not-synced, in the core's order. */
  differingFields: string[];
  /** True when no finding is a warning (counts under 'in-sync'). */
  inSync: boolean;
  /**
   * Why this person's SharePoint profile or photo presence could not be read, when it could not;
   * such a person has no findings and is not counted as in sync.
   */
  unread?: FailureKind | 'no-sharepoint-profile';
  /**
   * Where SharePoint's side of this verdict was read: 'index' (SharePoint search's people index,
   * the quick check) or 'profile' (GetPropertiesFor). Absent: the profile (a thorough check, or a
   * result kept from before the quick check existed).
   */
  from?: 'index' | 'profile';
  /** A quick check's suspect: the index differed from Microsoft 365 (or had no entry), and the profile is being read to confirm. */
  confirming?: boolean;
  /** The people index has no entry for this person yet: no verdict until the profile is read. */
  notInIndex?: boolean;
}

/** 'quick' reads SharePoint's side from the people index and confirms suspects from their profiles; 'thorough' reads every profile. */
export type CheckKind = 'quick' | 'thorough';

/** A quick check's confirmation of suspects from their profiles. */
export interface Confirmation {
  /** Suspects read again from their profile. */
  confirmed: number;
  /** Suspects still waiting for their profile to be read. */
  waiting: number;
  /** Estimated milliseconds until every suspect is confirmed, at SharePoint's pace. */
  remainingMs?: number;
}

export type ScanStatus = 'idle' | 'scanning' | 'done' | 'cancelled' | 'error';

/** Why a scan stopped with status 'error': what the page tells IT to do. */
export interface ScanFailure {
  source: SourceName;
  kind: FailureKind;
  status?: number;
  message: string;
  details?: ServiceErrorDetails;
}

export interface ScanProgress {
  status: ScanStatus;
  /** People whose result is known (including those reused from the last scan). */
  scanned: number;
  /** People in scope; undefined until Graph has said how many. */
  total: number | undefined;
  /** Estimated milliseconds left while scanning, when there is enough to go by. */
  remainingMs?: number;
  /** A wait a service asked for (Retry-After), while it lasts. */
  waiting?: ServiceWait;
  counts: ScanCounts;
  /** ISO dates. */
  startedAt?: string;
  finishedAt?: string;
  failure?: ScanFailure;
  /** True when what is shown came from storage (the last finished result, or an unfinished one to resume). */
  restored: boolean;
  /** True when an unfinished scan was restored and `start('resume')` can go on with it. */
  resumable: boolean;
  /** What this scan sent, counting each request inside a batch, and what it reused from the last one. */
  requests: { graph: number; sharePoint: number; reusedPeople: number; search?: number };
  /** Which check this is (or was, for a restored one). */
  check?: CheckKind;
  /** A quick check's confirmation, once it has suspects. */
  confirmation?: Confirmation;
  /** A quick check could not read the people index: everyone is read from their profile instead. */
  indexFailure?: ScanFailure;
}

/** 'resume' goes on with an unfinished scan; 'rescan' reuses people who cannot have changed; 'full' reads everyone again. */
export type ScanMode = 'resume' | 'rescan' | 'full';

/** One person opened by IT: the same check the "My profile" view makes, with pixels compared. */
export type PersonDetails = CompleteCheck | PartialCheck | FailedCheck;

export interface IOrganisationScanner {
  readonly progress: ScanProgress;
  /** Everyone scanned so far (restored ones included), in Graph's order. */
  readonly people: readonly ScannedPerson[];
  /** Called after every change of progress or people; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** `check`: the quick check unless told otherwise (a resumed scan goes on as the check it was). */
  start(mode: ScanMode, check?: CheckKind): void;
  /** False when only the thorough check can run (no people index to read): the page then offers no second check. */
  readonly hasQuickCheck?: boolean;
  /** The order IT sees people in (sorted, filtered): a quick check confirms its suspects in this order. */
  prioritise?(ids: readonly string[]): void;
  cancel(): void;
  /** One person's full comparison on demand (both photos, pixels compared, the property table). */
  details(person: ScannedPerson): Promise<PersonDetails>;
  /** Stops for good (the web part was removed from the page); nothing runs after it. */
  dispose(): void;
}

/** What a scanner is built from: the same connection as the "My profile" view, plus where results are kept. */
export interface OrganisationScannerInputs {
  sp: SPFI;
  siteUrl: string;
  graphFetch: GraphFetch;
  fetch: BrowserFetch;
  /** Where the last result and an unfinished scan are kept (window.localStorage); none: nothing survives a reload. */
  storage?: Storage;
  /** Whose scans these are (the signed-in IT person): part of the storage key. */
  userKey: string;
  /** Decodes photos when a person is opened; the canvas decoder, loaded on demand, when absent. */
  decoder?: IPhotoDecoder;
}

/** Implemented by src/organisation/createOrganisationScanner.ts; loaded with the organisation chunk. */
export type CreateOrganisationScanner = (inputs: OrganisationScannerInputs, settings: ScanSettings) => IOrganisationScanner;
