import { BrowserCheckCache } from '../../../check';
import type { ICheckCache } from '../../../check';
import type { SignedInUser } from './types';

/** Who the page says is signed in, as one key (login names differ in case between pages). */
export function userKeyOf(user: SignedInUser): string | undefined {
  const key = user.loginName || user.email;
  return key ? key.toLowerCase() : undefined;
}

/** A cache that never fails a check: a storage that throws (full, refused) is only a cache that keeps nothing. */
function neverFailing(cache: ICheckCache): ICheckCache {
  return {
    read: () => {
      try {
        return cache.read();
      } catch {
        return undefined;
      }
    },
    write: (check, fields) => Promise.resolve().then(() => cache.write(check, fields)).catch(() => undefined)
  };
}

/**
 * One cache entry per signed-in user and set of compared fields: two web parts on one page that
 * compare different fields would otherwise overwrite each other's verdict on every view. None without
 * storage or without a known user (one person's verdict is never shown to another).
 */
export function cacheFor(user: SignedInUser, storage: Storage | undefined, fields: readonly string[]): ICheckCache | undefined {
  const userKey = userKeyOf(user);
  if (!storage || !userKey) return undefined;
  return neverFailing(new BrowserCheckCache(storage, `${userKey}|${fields.slice().sort().join(',')}`));
}
