import { checkProfile, ProfileSources } from './checkProfile';
import { ICheckCache, knownPhotosOf } from './checkCache';
import { ProfileCheck } from './types';

export interface ProfileCheckerSettings {
  /** Graph field names to compare. */
  fields: readonly string[];
  /** The user's own account when the page knows it without asking (SPFx page context). */
  account?: string;
  /** How long a cached verdict is shown without asking again. */
  cacheLifetimeMs: number;
  now?: () => number;
}

/** How the page asks for a check: the final result, and at once a cached one when there is one to show. */
export type RunCheck = (options: { refresh: boolean }, onCached?: (check: ProfileCheck) => void) => Promise<ProfileCheck>;

/**
 * The one service the page calls. Within the cache's lifetime it answers from the cache without a
 * request; after it, it shows the cached verdict at once and revalidates (photo bytes only when a
 * validator changed). `refresh` (check again, after a sync) bypasses the cache and replaces it.
 */
export function profileChecker(sources: ProfileSources, cache: ICheckCache | undefined, settings: ProfileCheckerSettings): RunCheck {
  const now = settings.now || Date.now;
  const sameFields = (fields: readonly string[]): boolean => fields.join(',') === settings.fields.join(',');

  return async (options, onCached) => {
    const cached = cache ? cache.read() : undefined;
    if (cached && !options.refresh && sameFields(cached.fields)) {
      if (now() - cached.savedAt < settings.cacheLifetimeMs) return cached.check;
      if (onCached) onCached(cached.check);
    }
    const known = cached && !options.refresh ? knownPhotosOf(cached.check) : undefined;
    const check = await checkProfile(sources, { fields: settings.fields, account: settings.account, known });
    if (check.kind === 'complete' && cache) await cache.write(check, settings.fields);
    return check;
  };
}
