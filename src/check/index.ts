// The check: reads both profiles through the sources, compares them with the core, caches the verdict.
// Other features import from here, not from the files behind it.
export { checkProfile, sharePointPhotoValidator, microsoft365PhotoValidator } from './checkProfile';
export { checkService, knownPhotosOf } from './checkService';
export { startedEarly } from './startedEarly';
export { BrowserCheckCache } from './BrowserCheckCache';
export { withPendingPhotoSync, PHOTO_SYNC_PENDING_MS } from './photoSyncPending';
export type { PendingPhotoOutcome } from './photoSyncPending';
export type {
  ProfileSources, CheckOptions, RunCheck, CheckServiceSettings, CachedCheck, ICheckCache,
  PhotoMatch, PhotoView, KnownPhoto, KnownPhotos, PhotoPair, CompleteCheck, PartialCheck, FailedCheck, ProfileCheck
} from './types';
