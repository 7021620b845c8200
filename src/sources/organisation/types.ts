// What the organisation scan reads, as raw answers: the readers page, batch and pace; the core
// (src/profile's diagnose) decides. Nothing here imports PnPjs, so fakes and the scanner depend on it alone.
import type { ServiceWait, SourceName } from '../types';
import type { SourceError } from '../SourceError';
import type { PeopleIndexEntry } from './peopleIndexEntry';

/** One page of Graph's /users (or a group's transitiveMembers): its user bodies as Graph sent them. */
export interface DirectoryPage {
  users: unknown[];
  /** @odata.count: only on the first page, and only when Graph was asked to count. */
  total?: number;
  /** The next page as a `/v1.0/...` path for GraphFetch; absent on the last page. */
  next?: string;
}

export type DirectoryScope = { kind: 'everyone' } | { kind: 'group'; groupId: string };

export interface IDirectoryReader {
  /** The first page's path for this scope and these Graph fields. */
  firstPage(scope: DirectoryScope, fields: readonly string[]): string;
  /** Reads one page; rejects with a SourceError (403: the User.Read.All grant is missing). */
  page(path: string, signal?: AbortSignal): Promise<DirectoryPage>;
}

/**
 * What Graph said of one user's photo: the metadata (a photo), a 404's error body (no photo, or
 * "could not tell": the core reads its code), null for a 404 without a body, or why it could not be read.
 */
export type PhotoPresenceAnswer = { ok: true; body: unknown | null } | { ok: false; error: SourceError };

export interface IPhotoPresenceReader {
  /** At most PHOTO_BATCH_SIZE ids; answers by user id. */
  read(userIds: readonly string[], signal?: AbortSignal): Promise<Map<string, PhotoPresenceAnswer>>;
}

/** A person SharePoint is asked about: the Graph id keys the answer, the UPN names the profile. */
export interface ProfileRequest {
  id: string;
  userPrincipalName: string;
}

/** GetPropertiesFor as SharePoint answered it, that no profile exists yet, or why it could not be read. */
export type SharePointProfileAnswer =
  | { ok: true; body: unknown }
  | { ok: true; noProfile: true }
  | { ok: false; error: SourceError };

export interface ISharePointProfilesReader {
  /** At most PROFILE_BATCH_SIZE people in one SharePoint `$batch`; answers by user id. */
  read(people: readonly ProfileRequest[], signal?: AbortSignal): Promise<Map<string, SharePointProfileAnswer>>;
}

/** SharePoint search's people index, read page by page (PeopleIndexReader). */
export interface IPeopleIndexReader {
  /** Tells `onPage` each page's entries as it arrives; resolves when everyone in the index was read. */
  readAll(onPage: (entries: PeopleIndexEntry[]) => void, signal?: AbortSignal): Promise<void>;
}

/** How much of a service's budget the scan may take: requests in flight, and requests per 10 s (batch items counted). */
export interface PacingLimits {
  maxInFlight: number;
  /** Requests (each one inside a batch counted) started within any `windowMs`. */
  maxPerWindow: number;
  windowMs: number;
}

/**
 * Paces one service's requests: waits until a request fits the caps, honours a Retry-After for
 * everything that follows it, and tells the page about each wait.
 */
export interface IPacer {
  readonly source: SourceName;
  /** Sends once the caps allow `units` more requests (a batch counts its items); rejects when `signal` aborts first. */
  run<T>(units: number, send: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  /** The service said 429: no request starts for `seconds`, fewer run at once, then more again after successes. */
  throttled(seconds: number | undefined): void;
  /** The most units started within any 10 s so far. */
  readonly peakPerWindow: number;
  /** Units started in all. */
  readonly sent: number;
}

export type PacerWaitListener = (wait: ServiceWait | undefined) => void;
