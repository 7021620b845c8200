import { retryAfterSeconds } from '../retryAfter';
import { SourceError, failureKindForStatus, sourceErrorFromThrown } from '../SourceError';
import { graphErrorDetails } from '../serviceErrorDetails';
import { FetchResponse, GraphFetch, IWaitBudget, ServiceErrorDetails, ThrottlePolicy } from '../types';
import { WaitBudget } from '../waitBudget';

/** A GraphFetch that honours throttling, within the waiting the caller may still do. */
export type ThrottledGraphFetch = (path: string, init?: Parameters<GraphFetch>[1], waits?: IWaitBudget) => Promise<FetchResponse>;

export const defaultThrottlePolicy: ThrottlePolicy = {
  retries: 3,
  maxWaitSeconds: 10,
  sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
};

function retryAfterOf(response: FetchResponse): number | undefined {
  return retryAfterSeconds(response.headers.get('Retry-After'));
}

/**
 * Honours Graph throttling: on 429 wait what Retry-After says (or back off exponentially when it
 * says nothing), a bounded number of times, each wait at most `maxWaitSeconds` and all of them
 * within `waits` (a budget of its own when the caller has none). https://learn.microsoft.com/graph/throttling
 */
export function withThrottleRetry(send: GraphFetch, policy: ThrottlePolicy = defaultThrottlePolicy): ThrottledGraphFetch {
  return async (path, init, waits = new WaitBudget()) => {
    for (let attempt = 0; ; attempt++) {
      let response: FetchResponse;
      try {
        response = await send(path, init);
      } catch (error) {
        throw sourceErrorFromThrown('graph', error);
      }
      if (response.status !== 429) return response;
      const wait = retryAfterOf(response);
      const waitSeconds = wait !== undefined ? wait : Math.pow(2, attempt);
      if (attempt >= policy.retries || waitSeconds > policy.maxWaitSeconds || !waits.take('graph', waitSeconds)) {
        throw new SourceError('graph', 'throttled', `Microsoft Graph throttled ${path} (429)`, 429, wait, await detailsOf(response));
      }
      await policy.sleep(waitSeconds * 1000);
    }
  };
}

/** The SourceError that an unsuccessful answer means, with Graph's code, request ids and date. */
export async function graphFailure(path: string, response: FetchResponse): Promise<SourceError> {
  return new SourceError('graph', failureKindForStatus(response.status),
    `Microsoft Graph answered ${response.status} to ${path}`, response.status, retryAfterOf(response), await detailsOf(response));
}

/** Graph's error body and headers; a body that is not JSON still leaves the headers. */
async function detailsOf(response: FetchResponse): Promise<ServiceErrorDetails | undefined> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  return graphErrorDetails(body, response.headers);
}
