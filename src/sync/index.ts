// "Sync my photo": copies the Microsoft 365 photo into the SharePoint profile, checked before and
// verified after. No React, SPFx or PnPjs here; CanvasPhotoShrinker is the only browser-only file.
export { syncMyPhoto } from './syncMyPhoto';
export type { PhotoSyncOptions } from './syncMyPhoto';
export { PhotoSyncController } from './PhotoSyncController';
export type { PhotoSyncStateListener } from './PhotoSyncController';
export { CanvasPhotoShrinker } from './CanvasPhotoShrinker';
export type { IPhotoShrinker } from './IPhotoShrinker';
export { MAX_PROFILE_PICTURE_BYTES } from './profilePictureRules';
export { BrowserPendingPhotoSyncStore } from './pendingPhotoSyncStore';
export type {
  PhotoSyncSources,
  PhotoSyncStep,
  PhotoSyncFailureReason,
  PhotoRefusal,
  UnconfirmedBecause,
  PhotoSyncOutcome,
  PhotoSyncVerified,
  PhotoSyncAccepted,
  PhotoSyncFailed,
  PhotoSyncAlreadySent,
  PendingPhotoSync,
  IPendingPhotoSyncStore,
  PhotoSyncState,
  PhotoSyncStepListener,
  IPhotoSync
} from './types';
