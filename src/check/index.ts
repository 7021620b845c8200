// The check: reads both profiles through the sources, compares them with the core, caches the verdict.
// Other features import from here, not from the files behind it.
export { checkProfile, sharePointPhotoValidator, microsoft365PhotoValidator } from './checkProfile';
export type { ProfileSources, CheckOptions } from './checkProfile';
export { profileChecker as checkService } from './ProfileChecker';
export type { ProfileCheckerSettings as CheckServiceSettings, RunCheck } from './ProfileChecker';
export { BrowserCheckCache, knownPhotosOf } from './checkCache';
export type { CachedCheck, ICheckCache } from './checkCache';
export type {
  PhotoView, KnownPhoto, KnownPhotos, PhotoPair, CompleteCheck, PartialCheck, FailedCheck, ProfileCheck
} from './types';
