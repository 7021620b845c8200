import type { Queryable } from '@pnp/queryable';
import { retryAfterSeconds } from '../retryAfter';
import { IWaitBudget } from '../types';

/** The part of fetch the retry needs: the browser's own, as PnPjs's BrowserFetchWithRetry uses. */
export type PlainFetch = (url: string, init: RequestInit) => Promise<Response>;

export interface BoundedRetryOptions {
  waits: IWaitBudget;
  sleep(ms: number): Promise<void>;
  /** Attempts in all, as PnPjs's default (3). */
  attempts?: number;
  fetch?: PlainFetch;
}

// The statuses PnPjs retries: throttled, unavailable, gateway timeout.
const RETRIED = [429, 503, 504];
// PnPjs's first back-off without Retry-After, doubled on each retry.
const FIRST_BACKOFF_SECONDS = 0.2;

/**
 * Sends one request like PnPjs's BrowserFetchWithRetry (429/503/504 and dropped connections, up to
 * 3 attempts, honouring Retry-After) but never waits past the check's budget: PnPjs's own waits
 * Retry-After seconds with no cap. When a wait does not fit, the last answer is returned as it is,
 * and PnPjs reports it (its status, its Retry-After) as any refusal.
 */
export async function boundedFetch(url: string, init: RequestInit, options: BoundedRetryOptions): Promise<Response> {
  const send: PlainFetch = options.fetch || ((u, i) => fetch(u, i));
  const attempts = options.attempts || 3;
  let backoff = FIRST_BACKOFF_SECONDS;
  for (let attempt = 1; ; attempt++) {
    let response: Response | undefined;
    let dropped: unknown;
    try {
      response = await send(url, init);
    } catch (error) {
      // An aborted request is not retried; a dropped connection is, until the attempts run out.
      if ((error as Error).name === 'AbortError' || attempt >= attempts) throw error;
      dropped = error;
    }
    if (response && RETRIED.indexOf(response.status) < 0) return response;
    const asked = response ? retryAfterSeconds(response.headers.get('Retry-After')) : undefined;
    const wait = asked !== undefined ? asked : backoff;
    backoff *= 2;
    if (response && (attempt >= attempts || !options.waits.take('sharePoint', wait))) return response;
    if (!response && !options.waits.take('sharePoint', wait)) throw dropped;
    await options.sleep(wait * 1000);
  }
}

/** A PnPjs behaviour: this queryable sends through boundedFetch instead of PnPjs's unbounded retry. */
export function BoundedRetry(options: BoundedRetryOptions): (instance: Queryable) => Queryable {
  return (instance) => {
    instance.on.send.replace((url: URL, init: RequestInit) => boundedFetch(url.toString(), init, options));
    return instance;
  };
}
