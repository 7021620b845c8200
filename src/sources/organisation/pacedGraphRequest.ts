import { graphFailure } from '../graph/graphFetch';
import { retryAfterSeconds } from '../retryAfter';
import { SourceError, sourceErrorFromThrown } from '../SourceError';
import { FetchResponse, GraphFetch } from '../types';
import { PacingAborted } from './pacing';
import { IPacer } from './types';

// A request Graph keeps refusing is given up after this many 429s: the scan then reports it.
// A scan waits out a busy service rather than giving up after a few tries (each wait is its Retry-After).
const MAX_THROTTLED_ATTEMPTS = 20;

/**
 * Sends one Graph request through the pacer (`units`: the requests inside a batch). A 429 holds back
 * every later Graph request of the scan for its Retry-After (https://learn.microsoft.com/graph/throttling),
 * and this one goes again. Any other answer is the caller's to read.
 */
export async function pacedGraphRequest(pacer: IPacer, send: GraphFetch, path: string, init: Parameters<GraphFetch>[1],
  units: number, signal?: AbortSignal): Promise<FetchResponse> {
  for (let attempt = 1; ; attempt++) {
    let response: FetchResponse;
    try {
      response = await pacer.run(units, () => send(path, init), signal);
    } catch (error) {
      if (error instanceof PacingAborted || error instanceof SourceError) throw error;
      throw sourceErrorFromThrown('graph', error);
    }
    if (response.status !== 429) return response;
    if (attempt >= MAX_THROTTLED_ATTEMPTS) throw await graphFailure(path, response);
    pacer.throttled(retryAfterSeconds(response.headers.get('Retry-After')));
  }
}

/** A Graph body as JSON, or a bad-data SourceError saying which request answered with something else. */
export async function graphJson(path: string, response: FetchResponse): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    throw new SourceError('graph', 'bad-data', `Microsoft Graph answered ${path} with something that is not JSON`, response.status);
  }
}
