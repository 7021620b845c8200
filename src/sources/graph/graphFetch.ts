import { SourceError, failureKindForStatus, sourceErrorFromThrown } from '../SourceError';

/** The part of a fetch Response that we read: SPFx's HttpClientResponse has the same members. */
export interface FetchResponse {
  readonly ok: boolean;
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  json(): Promise<unknown>;
  blob(): Promise<Blob>;
}

/**
 * Sends one request to Microsoft Graph. `path` starts at the version, e.g. `/v1.0/me`.
 * In SharePoint this wraps SPFx's AadHttpClient (which adds the token); on the fake tenant,
 * the browser's fetch with the fake tenant's Graph base URL.
 */
export type GraphFetch = (path: string, init?: { method?: string; headers?: Record<string, string>; body?: string }) => Promise<FetchResponse>;

export interface ThrottlePolicy {
  /** How many times a throttled request is sent again. */
  retries: number;
  /** The longest we wait before one retry; a longer Retry-After fails at once with that figure. */
  maxWaitSeconds: number;
  sleep(ms: number): Promise<void>;
}

export const defaultThrottlePolicy: ThrottlePolicy = {
  retries: 3,
  maxWaitSeconds: 10,
  sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
};

function retryAfterSeconds(response: FetchResponse): number | undefined {
  const value = response.headers.get('Retry-After');
  if (value === null || value === '') return undefined;
  const seconds = Number(value);
  return isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

/**
 * Honours Graph throttling: on 429 wait what Retry-After says (or back off exponentially when it
 * says nothing), a bounded number of times. https://learn.microsoft.com/graph/throttling
 */
export function withThrottleRetry(send: GraphFetch, policy: ThrottlePolicy = defaultThrottlePolicy): GraphFetch {
  return async (path, init) => {
    for (let attempt = 0; ; attempt++) {
      let response: FetchResponse;
      try {
        response = await send(path, init);
      } catch (error) {
        throw sourceErrorFromThrown('graph', error);
      }
      if (response.status !== 429) return response;
      const wait = retryAfterSeconds(response);
      const waitSeconds = wait !== undefined ? wait : Math.pow(2, attempt);
      if (attempt >= policy.retries || waitSeconds > policy.maxWaitSeconds) {
        throw new SourceError('graph', 'throttled', `Microsoft Graph throttled ${path} (429)`, 429, wait);
      }
      await policy.sleep(waitSeconds * 1000);
    }
  };
}

/** Throws the SourceError that an unsuccessful answer means. */
export function graphFailure(path: string, response: FetchResponse): SourceError {
  return new SourceError('graph', failureKindForStatus(response.status),
    `Microsoft Graph answered ${response.status} to ${path}`, response.status, retryAfterSeconds(response));
}
