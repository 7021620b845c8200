import { SPFI } from '@pnp/sp';
import { SourceError } from '../SourceError';
import { SharePointProfileSource, sharePointErrorFromThrown } from './SharePointProfileSource';

const SITE = 'https://contoso.sharepoint.com/sites/intranet/';

function httpError(status: number): Error {
  return Object.assign(new Error(`Error making HttpClient request in queryable [${status}]`), { isHttpRequestError: true, status });
}

function spAnswering(myProperties: () => Promise<unknown>): SPFI {
  return { profiles: { myProperties } } as unknown as SPFI;
}

describe('SharePointProfileSource', () => {
  it.each([
    [503, 'unavailable'],
    [500, 'unavailable'],
    [429, 'throttled'],
    [403, 'permission'],
    [401, 'permission'],
    [404, 'unknown']
  ])('maps a PnPjs %i to %s', async (status, kind) => {
    const source = new SharePointProfileSource(spAnswering(() => Promise.reject(httpError(status))), SITE, jest.fn());
    const error = await source.getMyProperties().catch((e: unknown) => e) as SourceError;
    expect(error).toBeInstanceOf(SourceError);
    expect([error.source, error.kind, error.status]).toEqual(['sharePoint', kind, status]);
  });

  it('maps an HTML page where JSON was expected to bad data', () => {
    expect(sharePointErrorFromThrown(new SyntaxError("Unexpected token '<'")).kind).toBe('bad-data');
  });

  it('builds the photo address on the site, with the account encoded and the timestamp busting caches', () => {
    const source = new SharePointProfileSource(spAnswering(jest.fn()), SITE, jest.fn());
    expect(source.photoUrl('megan+b@contoso.com', 'M', '63783110969'))
      .toBe('https://contoso.sharepoint.com/sites/intranet/_layouts/15/userphoto.aspx?size=M&accountname=megan%2Bb%40contoso.com&t=63783110969');
  });

  it('returns the photo bytes, and nothing when they cannot be read (redirect refused by CORS, error page)', async () => {
    const blob = new Blob(['jpeg']);
    const ok = new SharePointProfileSource(spAnswering(jest.fn()), SITE, jest.fn().mockResolvedValue({ ok: true, blob: () => Promise.resolve(blob) }));
    await expect(ok.getMyPhoto('megan@contoso.com', 'M', '1')).resolves.toBe(blob);
    const refused = new SharePointProfileSource(spAnswering(jest.fn()), SITE, jest.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    await expect(refused.getMyPhoto('megan@contoso.com', 'M', '1')).resolves.toBeUndefined();
    const notFound = new SharePointProfileSource(spAnswering(jest.fn()), SITE, jest.fn().mockResolvedValue({ ok: false, blob: jest.fn() }));
    await expect(notFound.getMyPhoto('megan@contoso.com', 'M', '1')).resolves.toBeUndefined();
  });
});
