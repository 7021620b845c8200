import { checkProfile } from './checkProfile';
import { withPendingPhotoSync } from './photoSyncPending';
import { CheckServiceSettings, CompleteCheck, ICheckCache, KnownPhoto, KnownPhotos, PhotoView, ProfileCheck, ProfileSources, RunCheck } from './types';

/** The photos of a check, as `known` photos for the next one. */
export function knownPhotosOf(check: CompleteCheck): KnownPhotos {
  const known = (view: PhotoView | undefined): KnownPhoto | undefined =>
    view && view.validator !== undefined ? { validator: view.validator, blob: view.blob, fingerprint: view.fingerprint } : undefined;
  return { sharePoint: known(check.photos.sharePoint), microsoft365: known(check.photos.microsoft365) };
}

/**
 * The one service the page calls. Within the cache's lifetime it answers from the cache without a
 * request; after it, it shows the cached verdict at once and revalidates (photo bytes only when a
 * validator changed). `refresh` (check again, after a sync) bypasses the cache and replaces it.
 */
export function checkService(sources: ProfileSources, cache: ICheckCache | undefined, settings: CheckServiceSettings): RunCheck {
  const now = settings.now || Date.now;
  const sameFields = (fields: readonly string[]): boolean => fields.join(',') === settings.fields.join(',');
  // A pending photo sync changes what is shown, never what is cached; only a fresh check may end it.
  const store = settings.pendingPhotoSync;
  const shown = (check: ProfileCheck, fresh: boolean): ProfileCheck => {
    if (!store || check.kind !== 'complete') return check;
    const pending = withPendingPhotoSync(check, store.read(), now());
    if (fresh && pending.record === 'clear') store.clear();
    return pending.check;
  };

  return async (options, onCached) => {
    const cached = cache ? cache.read() : undefined;
    if (cached && !options.refresh && sameFields(cached.fields)) {
      if (now() - cached.savedAt < settings.cacheLifetimeMs) return shown(cached.check, false);
      if (onCached) onCached(shown(cached.check, false));
    }
    const known = cached && !options.refresh ? knownPhotosOf(cached.check) : undefined;
    const check = await checkProfile(sources, { fields: settings.fields, account: settings.account, known, onWait: options.onWait });
    if (check.kind === 'complete' && cache) await cache.write(check, settings.fields);
    return shown(check, true);
  };
}
