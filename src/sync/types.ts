import type { SharePointProfile } from '../profile';
import type { IPhotoDecoder } from '../pixels';
import type { IGraphProfileSource, ISharePointProfileSource } from '../sources';
import type { IPhotoShrinker } from './IPhotoShrinker';

/** What "Sync my photo" needs: the check's sources plus a way to make a photo smaller. */
export interface PhotoSyncSources {
  sharePoint: ISharePointProfileSource;
  graph: IGraphProfileSource;
  decoder: IPhotoDecoder;
  shrinker: IPhotoShrinker;
  /** Where an accepted upload is remembered; without it nothing survives the sync. */
  pendingPhotoSync?: IPendingPhotoSyncStore;
}

/**
 * A photo SharePoint accepted but does not show yet: SharePoint Online serves profile pictures from
 * a cache that can keep the old one for up to a day (pnp/pnpjs issue 1959).
 */
export interface PendingPhotoSync {
  /** Graph's @odata.mediaEtag of the Microsoft 365 photo that was sent. */
  microsoft365Etag: string;
  /** When SharePoint accepted it (ms since 1970). */
  uploadedAt: number;
}

/** Remembers the one pending photo sync of the signed-in user; never throws. */
export interface IPendingPhotoSyncStore {
  read(): PendingPhotoSync | undefined;
  write(pending: PendingPhotoSync): void;
  clear(): void;
}

/** Where a running sync is, in the order they happen; `shrinking` only when the photo is too large. */
export type PhotoSyncStep = 'reading' | 'checking' | 'shrinking' | 'uploading' | 'verifying';

/** Why the Microsoft 365 photo was not sent: found by the checks before anything is written. */
export type PhotoRefusal = 'not-an-image' | 'unsupported-format' | 'placeholder' | 'too-large';

/**
 * Why a sync failed. Every one leaves SharePoint's photo as it was.
 * - no-microsoft365-photo: nothing to copy;
 * - not-an-image / unsupported-format / placeholder / too-large: the Microsoft 365 photo failed
 *   the checks (too-large: it could not be made small enough);
 * - digest: SharePoint's security validation (request digest) was missing or expired;
 * - blocked: SharePoint said photo changes are not allowed (an admin has blocked them);
 * - sharepoint-refused: any other 403 (conditional access, an expired sign-in): the page quotes
 *   what SharePoint said (`error.serviceMessage`) and suggests signing in again;
 * - rejected: SharePoint said "Parameter is not valid." to the picture;
 * - too-large-for-sharepoint: SharePoint refused the picture's size;
 * - throttled / unavailable / offline: the service was busy, down, or could not be reached;
 * - unknown: anything else.
 */
export type PhotoSyncFailureReason =
  | 'no-microsoft365-photo'
  | PhotoRefusal
  | 'digest'
  | 'blocked'
  | 'sharepoint-refused'
  | 'rejected'
  | 'too-large-for-sharepoint'
  | 'throttled'
  | 'unavailable'
  | 'offline'
  | 'unknown';

/** Why an accepted upload could not be confirmed. */
export type UnconfirmedBecause =
  | 'profile-unreadable'
  | 'timestamp-unchanged'
  | 'still-placeholder'
  | 'photo-unreadable'
  | 'photo-differs';

/** When a sync ended and what it started from, for the helpdesk report ("Copy details"). */
interface SyncAttemptFacts {
  /** When the sync ended (ms since 1970). */
  finishedAt?: number;
  /** Size of the Microsoft 365 photo as read, before any shrinking; absent when none was read. */
  microsoft365Bytes?: number;
}

interface UploadedPhoto extends SyncAttemptFacts {
  /** Size of the picture sent to SharePoint. */
  uploadedBytes: number;
  /** Whether it was made smaller (re-encoded as JPEG) to fit SharePoint's limit. */
  shrunk: boolean;
  /**
   * Whether SharePoint had a real photo before the upload. After a sync from the grey placeholder no
   * old photo can linger in a cache, and the page must not say one may. Absent when not known.
   */
  replacedPhoto?: boolean;
}

/** SharePoint accepted the photo and shows it: the profile records a new real photo with the same pixels. */
export interface PhotoSyncVerified extends UploadedPhoto {
  kind: 'verified';
  profileAfter: SharePointProfile;
}

/**
 * SharePoint accepted the photo, but reading it back did not confirm it (yet). Other pages and the
 * browser's cache may show the old photo for a while.
 */
export interface PhotoSyncAccepted extends UploadedPhoto {
  kind: 'accepted';
  unconfirmed: UnconfirmedBecause;
  /** The profile read after the upload; absent when it could not be read. */
  profileAfter?: SharePointProfile;
}

export interface PhotoSyncFailed extends SyncAttemptFacts {
  kind: 'failed';
  reason: PhotoSyncFailureReason;
  /** Whether the picture was sent (the failure came from the upload or later). */
  uploadAttempted: boolean;
  /**
   * SharePoint's profile as last read: again after a failed upload (it may have half-happened), or
   * from the start of the sync when nothing was sent. Absent when it could not be read.
   */
  profileAfter?: SharePointProfile;
  /** For throttled: how long the service asked us to wait, when it said. */
  retryAfterSeconds?: number;
  /** The underlying error, for logs and "details"; not for showing as is. */
  error?: unknown;
}

/**
 * Nothing sent: SharePoint already accepted this same Microsoft 365 photo (same etag) and is still
 * catching up. Sending it again would change nothing.
 */
export interface PhotoSyncAlreadySent extends SyncAttemptFacts {
  kind: 'already-sent';
  pending: PendingPhotoSync;
}

export type PhotoSyncOutcome = PhotoSyncVerified | PhotoSyncAccepted | PhotoSyncFailed | PhotoSyncAlreadySent;

/** The stage of a sync, as the page shows it. */
export type PhotoSyncState =
  | { status: 'idle' }
  | { status: 'running'; step: PhotoSyncStep }
  | { status: 'done'; outcome: PhotoSyncOutcome };

export type PhotoSyncStepListener = (step: PhotoSyncStep) => void;

/** What the page needs of a photo sync: PhotoSyncController, or a stand-in that loads it on demand. */
export interface IPhotoSync {
  readonly state: PhotoSyncState;
  start(): Promise<PhotoSyncOutcome>;
  subscribe(listener: (state: PhotoSyncState) => void): () => void;
}
