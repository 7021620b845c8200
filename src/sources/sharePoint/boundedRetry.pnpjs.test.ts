import { spfi, SPBrowser } from '@pnp/sp';
import '@pnp/sp/profiles';
import { WaitBudget } from '../waitBudget';
import { BoundedRetry } from './boundedRetry';

// Enough of a fetch Response for PnPjs's parser.
function answer(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const all = new Headers({ 'Content-Type': 'application/json', ...headers });
  const text = JSON.stringify(body);
  return {
    status, ok: status >= 200 && status < 300, statusText: String(status), headers: all,
    text: () => Promise.resolve(text), json: () => Promise.resolve(body), clone() { return this; }
  } as unknown as Response;
}

describe('BoundedRetry with PnPjs itself', () => {
  it('takes over PnPjs\'s sending for that request: waits the Retry-After it was given, then reads the profile', async () => {
    const fetch = jest.fn()
      .mockResolvedValueOnce(answer(429, { 'odata.error': { code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException', message: { lang: 'en-US', value: 'Too many requests' } } }, { 'Retry-After': '2' }))
      .mockResolvedValueOnce(answer(200, { DisplayName: 'Megan Bowen', UserProfileProperties: [] }));
    const sleep = jest.fn().mockResolvedValue(undefined);
    const heard: number[] = [];
    const sp = spfi().using(SPBrowser({ baseUrl: 'https://contoso.sharepoint.com/sites/intranet' }));

    const profile = await sp.profiles.using(BoundedRetry({ waits: new WaitBudget(30, (w) => heard.push(w.seconds)), sleep, fetch })).myProperties();

    expect(profile).toMatchObject({ DisplayName: 'Megan Bowen' });
    expect(fetch.mock.calls[0][0]).toBe('https://contoso.sharepoint.com/sites/intranet/_api/sp.userprofiles.peoplemanager/getmyproperties');
    expect(sleep.mock.calls).toEqual([[2000]]);
    expect(heard).toEqual([2]);
  });

  it('lets PnPjs report a Retry-After over the budget as a 429 at once, with the header to read', async () => {
    const fetch = jest.fn().mockResolvedValue(answer(429, { 'odata.error': { code: '', message: { lang: 'en-US', value: 'Too many requests' } } }, { 'Retry-After': '300' }));
    const sleep = jest.fn();
    const sp = spfi().using(SPBrowser({ baseUrl: 'https://contoso.sharepoint.com/sites/intranet' }));

    const error = await sp.profiles.using(BoundedRetry({ waits: new WaitBudget(), sleep, fetch })).myProperties().catch((e: unknown) => e) as
      { status: number; response: Response };

    expect(error.status).toBe(429);
    expect(error.response.headers.get('Retry-After')).toBe('300');
    expect(sleep).not.toHaveBeenCalled();
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
