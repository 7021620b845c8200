/**
 * The page's localStorage, or none. Browsers refuse it in some frames (third-party storage blocked,
 * sandboxed embeds): merely reading `window.localStorage` then throws a SecurityError, and some
 * return null. Without storage the page still checks, only without a cache.
 */
export function browserStorage(storageOf: () => Storage | null = () => window.localStorage): Storage | undefined {
  try {
    return storageOf() || undefined;
  } catch {
    return undefined;
  }
}
