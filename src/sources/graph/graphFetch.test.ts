import { SourceError } from '../SourceError';
import { FetchResponse, GraphFetch, ThrottlePolicy } from '../types';
import { WaitBudget } from '../waitBudget';
import { withThrottleRetry } from './graphFetch';

function reply(status: number, headers: Record<string, string> = {}): FetchResponse {
  return {
    ok: status >= 200 && status < 300,
    status,
    headers: { get: (name: string) => headers[name] !== undefined ? headers[name] : null },
    json: () => Promise.resolve({}),
    blob: () => Promise.resolve(new Blob([]))
  };
}

function policy(): ThrottlePolicy & { waits: number[] } {
  const waits: number[] = [];
  return { retries: 3, maxWaitSeconds: 10, waits, sleep: (ms: number) => { waits.push(ms); return Promise.resolve(); } };
}

function sequence(...responses: FetchResponse[]): GraphFetch & jest.Mock {
  const send = jest.fn();
  responses.forEach((r) => send.mockResolvedValueOnce(r));
  return send as GraphFetch & jest.Mock;
}

describe('withThrottleRetry', () => {
  it('waits as long as Retry-After says, then answers', async () => {
    const p = policy();
    const send = sequence(reply(429, { 'Retry-After': '2' }), reply(200));
    const response = await withThrottleRetry(send, p)('/v1.0/me');
    expect(response.status).toBe(200);
    expect(p.waits).toEqual([2000]);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('backs off exponentially when Graph gives no Retry-After', async () => {
    const p = policy();
    const send = sequence(reply(429), reply(429), reply(429), reply(200));
    await withThrottleRetry(send, p)('/v1.0/me');
    expect(p.waits).toEqual([1000, 2000, 4000]);
  });

  it('gives up after a bounded number of retries with a throttled error', async () => {
    const p = policy();
    const send = sequence(reply(429, { 'Retry-After': '1' }), reply(429, { 'Retry-After': '1' }), reply(429, { 'Retry-After': '1' }), reply(429, { 'Retry-After': '1' }), reply(200));
    const error = await withThrottleRetry(send, p)('/v1.0/me').catch((e: unknown) => e) as SourceError;
    expect(error).toBeInstanceOf(SourceError);
    expect(error.kind).toBe('throttled');
    expect(send).toHaveBeenCalledTimes(4);
  });

  it('does not keep the page waiting for a long Retry-After: it says how long instead', async () => {
    const p = policy();
    const error = await withThrottleRetry(sequence(reply(429, { 'Retry-After': '120' })), p)('/v1.0/me').catch((e: unknown) => e) as SourceError;
    expect(p.waits).toEqual([]);
    expect(error.kind).toBe('throttled');
    expect(error.retryAfterSeconds).toBe(120);
  });

  it('waits at most 30 s in all for one caller, however many times Graph asks, and says how long it was asked', async () => {
    const p = { ...policy(), retries: 10 };
    const eightSeconds = (): FetchResponse => reply(429, { 'Retry-After': '8' });
    const send = sequence(eightSeconds(), eightSeconds(), eightSeconds(), eightSeconds(), eightSeconds(), reply(200));
    const error = await withThrottleRetry(send, p)('/v1.0/me').catch((e: unknown) => e) as SourceError;
    expect(p.waits).toEqual([8000, 8000, 8000]);
    expect([error.kind, error.retryAfterSeconds]).toEqual(['throttled', 8]);
  });

  it('shares the budget the caller passes across requests, and reports each wait to the page', async () => {
    const p = policy();
    const heard: number[] = [];
    const waits = new WaitBudget(5, (wait) => heard.push(wait.seconds));
    const throttled = withThrottleRetry(sequence(reply(429, { 'Retry-After': '3' }), reply(200), reply(429, { 'Retry-After': '3' })), p);
    await throttled('/v1.0/me', undefined, waits);
    const error = await throttled('/v1.0/me/photo', undefined, waits).catch((e: unknown) => e) as SourceError;
    expect(heard).toEqual([3]);
    expect(error.kind).toBe('throttled');
  });

  it('reports a token failure (no admin consent yet) as a permission problem', async () => {
    const send = jest.fn().mockRejectedValue(new Error('AADSTS65001: The user or administrator has not consented to use the application'));
    const error = await withThrottleRetry(send, policy())('/v1.0/me').catch((e: unknown) => e) as SourceError;
    expect(error.kind).toBe('permission');
    expect(error.source).toBe('graph');
  });

  it('reports a dropped connection as offline', async () => {
    const send = jest.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    const error = await withThrottleRetry(send, policy())('/v1.0/me').catch((e: unknown) => e) as SourceError;
    expect(error.kind).toBe('offline');
  });
});
