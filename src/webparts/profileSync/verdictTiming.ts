// The User Timing marks bench/ measures the time to verdict between. Apart from the hook so the web
// part and its wiring can mark their start before any React code has loaded.
export const MOUNT_MARK = 'profile-sync:mount';
export const VERDICT_MARK = 'profile-sync:verdict';

function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
}

function marked(name: string): boolean {
  return typeof performance !== 'undefined' && typeof performance.getEntriesByName === 'function' && performance.getEntriesByName(name).length > 0;
}

/**
 * Marks the web part's start, once per page: the earliest of the web part's onInit, the start of its
 * first check and its view's mount, so the time to verdict counts all of our own work.
 */
export function markStart(): void {
  if (!marked(MOUNT_MARK)) mark(MOUNT_MARK);
}

/** Marks a verdict on screen. */
export function markVerdict(): void {
  mark(VERDICT_MARK);
}
