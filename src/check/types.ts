// The check's shapes and the interfaces of what it is built from: change these to change what a check
// needs or returns; checkProfile.ts does one check, checkService.ts adds the cache, BrowserCheckCache.ts
// keeps it in the browser.
import type { IPhotoDecoder, PhotoFingerprint, PhotoMatch } from '../pixels';
import type { Diagnosis, GraphUser, PropertyComparison, SharePointProfile } from '../profile';
import type { IGraphProfileSource, ISharePointProfileSource, SourceError, WaitListener } from '../sources';
import type { IPendingPhotoSyncStore } from '../sync/types';

// The check's result carries the pixels module's outcome; declared there, named here for the check's users.
export type { PhotoMatch };

/** Where a check reads from: both profiles and a way to turn photo bytes into pixels. */
export interface ProfileSources {
  sharePoint: ISharePointProfileSource;
  graph: IGraphProfileSource;
  decoder: IPhotoDecoder;
}

export interface CheckOptions {
  /** Graph field names to compare. */
  fields: readonly string[];
  /**
   * The user's own account (e-mail or UPN) when the page knows it before any request (SPFx's page
   * context does): the SharePoint photo is then fetched together with everything else.
   */
  account?: string;
  /** Photos from the last check with their validators: bytes are fetched again only when one changed. */
  known?: KnownPhotos;
  /** Hears of each wait for a busy service (at most 30 s in all), so the page can say so. */
  onWait?: WaitListener;
}

/** One side's photo as the page can show it: its bytes, or failing that a URL SharePoint serves it at. */
export interface PhotoView {
  blob?: Blob;
  url?: string;
  /** The pixels' fingerprint, when they could be read. */
  fingerprint?: PhotoFingerprint;
  /** What changes when this photo changes (SharePoint's timestamp, Graph's etag). */
  validator?: string;
}

/** A photo from an earlier check, reused while its validator has not changed. */
export interface KnownPhoto {
  validator: string;
  blob?: Blob;
  fingerprint?: PhotoFingerprint;
}

export interface KnownPhotos {
  sharePoint?: KnownPhoto;
  microsoft365?: KnownPhoto;
}

/** Each side's photo; a side without a photo has none. */
export interface PhotoPair {
  sharePoint?: PhotoView;
  microsoft365?: PhotoView;
}

/** Both profiles were read: the verdict. */
export interface CompleteCheck {
  kind: 'complete';
  diagnosis: Diagnosis;
  properties: PropertyComparison[];
  sharePoint: SharePointProfile;
  graphUser: GraphUser;
  photos: PhotoPair;
  photoMatch: PhotoMatch | undefined;
  checkedAt: Date;
}

/** One side answered and the other did not: no verdict, but what we could read. */
export interface PartialCheck {
  kind: 'partial';
  failures: SourceError[];
  sharePoint?: SharePointProfile;
  graphUser?: GraphUser;
  photos: PhotoPair;
  /** The Graph fields that were to be compared, so the page lists the other side's values for them. */
  fields?: readonly string[];
  checkedAt: Date;
}

/** Neither side could be read. */
export interface FailedCheck {
  kind: 'failed';
  failures: SourceError[];
  checkedAt: Date;
}

export type ProfileCheck = CompleteCheck | PartialCheck | FailedCheck;

/**
 * How the page asks for a check: the final result, and at once a cached one when there is one to
 * show. `onWait` hears of each wait for a busy service while the check runs ("waiting N s").
 */
export type RunCheck = (options: { refresh: boolean; onWait?: WaitListener }, onCached?: (check: ProfileCheck) => void) => Promise<ProfileCheck>;

export interface CheckServiceSettings {
  /** Graph field names to compare. */
  fields: readonly string[];
  /** The user's own account when the page knows it without asking (SPFx page context). */
  account?: string;
  /** How long a cached verdict is shown without asking again. */
  cacheLifetimeMs: number;
  now?: () => number;
  /** A photo SharePoint accepted but does not show yet (see photoSyncPending.ts). */
  pendingPhotoSync?: IPendingPhotoSyncStore;
}

/**
 * The last complete check of one user, kept so that a page view within its lifetime costs no
 * request. Holds the verdict, both profiles as read, the photos' validators and fingerprints, and
 * the small photo renditions to show. Never a token, never another user's data.
 */
export interface CachedCheck {
  check: CompleteCheck;
  /** The Graph fields that were compared: a check for other fields is not this one. */
  fields: readonly string[];
  savedAt: number;
}

export interface ICheckCache {
  read(): CachedCheck | undefined;
  write(check: CompleteCheck, fields: readonly string[]): Promise<void>;
}
