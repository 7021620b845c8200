import { ServiceWait } from '../types';
import { WaitBudget } from '../waitBudget';
import { boundedFetch, BoundedRetryOptions } from './boundedRetry';

function answer(status: number, headers: Record<string, string> = {}): Response {
  return { status, ok: status >= 200 && status < 300, headers: new Headers(headers) } as unknown as Response;
}

function options(fetch: jest.Mock, waits = new WaitBudget()): BoundedRetryOptions & { sleep: jest.Mock } {
  return { waits, fetch, sleep: jest.fn().mockResolvedValue(undefined) };
}

const URL = 'https://contoso.sharepoint.com/_api/sp.userprofiles.peoplemanager/getmyproperties';

describe('boundedFetch (PnPjs\'s retry, bounded)', () => {
  it('waits what Retry-After says on 429, 503 and 504, and says so to the page', async () => {
    const heard: ServiceWait[] = [];
    const fetch = jest.fn().mockResolvedValueOnce(answer(429, { 'Retry-After': '2' })).mockResolvedValueOnce(answer(503, { 'Retry-After': '3' })).mockResolvedValueOnce(answer(200));
    const o = options(fetch, new WaitBudget(30, (wait) => heard.push(wait)));
    const response = await boundedFetch(URL, {}, o);
    expect(response.status).toBe(200);
    expect(o.sleep.mock.calls).toEqual([[2000], [3000]]);
    expect(heard).toEqual([{ source: 'sharePoint', seconds: 2 }, { source: 'sharePoint', seconds: 3 }]);
  });

  it('does not sit out a Retry-After longer than the budget (PnPjs would wait all 120 s): it hands back the 429', async () => {
    const fetch = jest.fn().mockResolvedValue(answer(429, { 'Retry-After': '120' }));
    const o = options(fetch);
    const response = await boundedFetch(URL, {}, o);
    expect(response.status).toBe(429);
    expect(o.sleep).not.toHaveBeenCalled();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('tries 3 times in all, as PnPjs does, then hands back the last answer', async () => {
    const fetch = jest.fn().mockResolvedValue(answer(503));
    const o = options(fetch);
    expect((await boundedFetch(URL, {}, o)).status).toBe(503);
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(o.sleep.mock.calls).toEqual([[200], [400]]);
  });

  it('returns any other answer at once, refusals included', async () => {
    const fetch = jest.fn().mockResolvedValue(answer(403));
    expect((await boundedFetch(URL, {}, options(fetch))).status).toBe(403);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('retries a dropped connection, but not an aborted request', async () => {
    const dropped = jest.fn().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValueOnce(answer(200));
    expect((await boundedFetch(URL, {}, options(dropped))).status).toBe(200);
    const abort = Object.assign(new Error('The user aborted a request.'), { name: 'AbortError' });
    const aborted = jest.fn().mockRejectedValue(abort);
    await expect(boundedFetch(URL, {}, options(aborted))).rejects.toBe(abort);
    expect(aborted).toHaveBeenCalledTimes(1);
  });
});
