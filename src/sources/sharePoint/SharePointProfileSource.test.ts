import { SPFI } from '@pnp/sp';
import { SourceError } from '../SourceError';
import { SharePointProfileSource, SharePointRefusalError, sharePointErrorFromThrown, sharePointRefusal } from './SharePointProfileSource';

const SITE = 'https://contoso.sharepoint.com/sites/intranet/';

function httpError(status: number): Error {
  return Object.assign(new Error(`Error making HttpClient request in queryable [${status}]`), { isHttpRequestError: true, status });
}

// PnPjs's profiles as far as the source uses them; `using` takes the behaviours the source adds.
function profilesWith(members: Record<string, unknown>, using: jest.Mock = jest.fn()): unknown {
  const profiles: Record<string, unknown> = { ...members };
  profiles.using = using.mockImplementation(() => profiles);
  return profiles;
}

function spAnswering(myProperties: () => Promise<unknown>, using?: jest.Mock): SPFI {
  return { profiles: profilesWith({ myProperties }, using) } as unknown as SPFI;
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

  it('sends through the bounded retry instead of PnPjs\'s own, which waits Retry-After with no cap', async () => {
    const using = jest.fn();
    await new SharePointProfileSource(spAnswering(() => Promise.resolve({}), using), SITE, jest.fn()).getMyProperties();
    expect(using).toHaveBeenCalledTimes(1);
    // The behaviour replaces PnPjs's send observer on this request only.
    const replace = jest.fn();
    using.mock.calls[0][0]({ on: { send: { replace } } });
    expect(replace).toHaveBeenCalledWith(expect.any(Function));
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

// SharePoint's error bodies as PnPjs reports them: the status, then the body it read.
function refused(status: number, code: string, message: string, headers: Record<string, string> = {}): Error {
  const body = JSON.stringify({ 'odata.error': { code, message: { lang: 'en-US', value: message } } });
  return Object.assign(new Error(`Error making HttpClient request in queryable [${status}] ::> ${body}`), {
    isHttpRequestError: true,
    status,
    response: { headers: { get: (name: string) => headers[name] !== undefined ? headers[name] : null } }
  });
}

function spUploading(setMyProfilePic: (blob: Blob) => Promise<void>): SPFI {
  return { profiles: profilesWith({ setMyProfilePic }) } as unknown as SPFI;
}

async function uploadRefusedWith(error: unknown): Promise<SourceError> {
  const source = new SharePointProfileSource(spUploading(() => Promise.reject(error)), SITE, jest.fn());
  return source.setMyProfilePicture(new Blob(['jpeg'])).catch((e: unknown) => e) as Promise<SourceError>;
}

describe('SharePointProfileSource.setMyProfilePicture', () => {
  it('posts the picture through PnPjs and resolves when SharePoint accepts it', async () => {
    const setMyProfilePic = jest.fn().mockResolvedValue(undefined);
    const photo = new Blob(['jpeg'], { type: 'image/jpeg' });
    await new SharePointProfileSource(spUploading(setMyProfilePic), SITE, jest.fn()).setMyProfilePicture(photo);
    expect(setMyProfilePic).toHaveBeenCalledWith(photo);
  });

  it('tells a missing or expired request digest from an admin block, though both are 403', async () => {
    const digest = await uploadRefusedWith(refused(403, '-2130575251, Microsoft.SharePoint.SPException',
      "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again."));
    const blocked = await uploadRefusedWith(refused(403, '-2147024891, System.UnauthorizedAccessException',
      'Access denied. You do not have permission to perform this action or access this resource.'));
    expect(digest).toBeInstanceOf(SharePointRefusalError);
    expect([(digest as SharePointRefusalError).refusal, digest.kind, digest.status]).toEqual(['security-validation', 'permission', 403]);
    expect([(blocked as SharePointRefusalError).refusal, blocked.kind, blocked.status]).toEqual(['access-denied', 'permission', 403]);
  });

  it.each([
    ['conditional access', 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.'],
    ['limited access from an unmanaged device', 'Access denied. Before opening files in this location, you must first browse to the web site and select the option to login automatically.'],
    ['a 403 SharePoint gives no reason for', '']
  ])('does not call %s "photo changes blocked": it keeps what SharePoint said', async (_case, said) => {
    const error = await uploadRefusedWith(said ? refused(403, '-2147024891, System.UnauthorizedAccessException', said)
      : Object.assign(new Error('Error making HttpClient request in queryable [403] Forbidden'), { isHttpRequestError: true, status: 403 }));
    expect((error as SharePointRefusalError).refusal).toBe('forbidden');
    expect((error as SharePointRefusalError).serviceMessage).toBe(said || undefined);
    expect([error.kind, error.status]).toEqual(['permission', 403]);
  });

  it('reads SharePoint\'s words from an HTML error page too', async () => {
    const page = '<!DOCTYPE html><html><head><title>Error</title></head><body><h1>403 FORBIDDEN</h1><p>Your session has expired.</p></body></html>';
    const error = await uploadRefusedWith(Object.assign(new Error(`Error making HttpClient request in queryable [403] Forbidden ::> ${page}`), { isHttpRequestError: true, status: 403 }));
    expect((error as SharePointRefusalError).refusal).toBe('forbidden');
    expect((error as SharePointRefusalError).serviceMessage).toBe('403 FORBIDDEN Your session has expired.');
  });

  it("keeps SharePoint's error code, SPRequestGuid, request-id and date with a refusal, for the helpdesk", async () => {
    const guid = '9c2f1fa1-e07b-8098-0000-0542b45c7a3d';
    const error = await uploadRefusedWith(refused(403, '-2147024891, System.UnauthorizedAccessException',
      'Access denied. You do not have permission to perform this action or access this resource.',
      { SPRequestGuid: guid, 'request-id': guid, Date: 'Mon, 15 Apr 2024 08:08:30 GMT' }));
    expect(error.details).toEqual({ code: '-2147024891, System.UnauthorizedAccessException', requestId: guid, spRequestGuid: guid, date: 'Mon, 15 Apr 2024 08:08:30 GMT' });
  });

  it('knows photo changes are blocked by .NET\'s own wording of the same refusal', async () => {
    const error = await uploadRefusedWith(refused(403, '-2147024891, System.UnauthorizedAccessException', 'Attempted to perform an unauthorized operation.'));
    expect((error as SharePointRefusalError).refusal).toBe('access-denied');
  });

  it('recognises the security validation by its code when the message is in another language', async () => {
    const error = await uploadRefusedWith(refused(403, '-2130575252, Microsoft.SharePoint.SPException',
      'Sikkerhetsvalideringen for denne siden er tidsavbrutt.'));
    expect((error as SharePointRefusalError).refusal).toBe('security-validation');
  });

  it('recognises "Parameter is not valid." as SharePoint refusing the picture', async () => {
    const error = await uploadRefusedWith(refused(400, '-2147024809, System.ArgumentException', 'Parameter is not valid.'));
    expect((error as SharePointRefusalError).refusal).toBe('parameter-not-valid');
    expect(error.source).toBe('sharePoint');
  });

  it('recognises a picture over the size limit, whether SharePoint or the web server refuses it', async () => {
    const bySharePoint = await uploadRefusedWith(refused(400, '-2147024809, System.ArgumentException',
      'The picture is too large. Profile pictures can be at most 5,000,000 bytes.'));
    const byWebServer = await uploadRefusedWith(Object.assign(new Error('Error making HttpClient request in queryable [413] Request Entity Too Large'),
      { isHttpRequestError: true, status: 413 }));
    expect((bySharePoint as SharePointRefusalError).refusal).toBe('picture-too-large');
    expect((byWebServer as SharePointRefusalError).refusal).toBe('picture-too-large');
  });

  it('reports throttling that outlasted PnPjs\'s own retries, with how long SharePoint asked us to wait', async () => {
    const error = await uploadRefusedWith(Object.assign(new Error('Retry count exceeded (3) for this request. 429: Too Many Requests;'),
      { isHttpRequestError: true, status: 429, response: { headers: { get: (name: string) => name === 'Retry-After' ? '120' : null } } }));
    expect(error).not.toBeInstanceOf(SharePointRefusalError);
    expect([error.kind, error.status, error.retryAfterSeconds]).toEqual(['throttled', 429, 120]);
  });

  it('reports a connection lost mid-upload as offline', async () => {
    const error = await uploadRefusedWith(new TypeError('Failed to fetch'));
    expect([error.source, error.kind]).toEqual(['sharePoint', 'offline']);
  });

  it('reports 5xx as unavailable, not as a refusal of the picture', async () => {
    const error = await uploadRefusedWith(refused(500, '-2146232832, Microsoft.SharePoint.SPException', 'Sorry, something went wrong.'));
    expect(error).not.toBeInstanceOf(SharePointRefusalError);
    expect(error.kind).toBe('unavailable');
  });
});

describe('sharePointRefusal', () => {
  it('leaves answers that are not a known refusal alone', () => {
    expect(sharePointRefusal(400, 'The expression "foo" is not valid.')).toBeUndefined();
    expect(sharePointRefusal(404, 'Cannot find resource for the request.')).toBeUndefined();
    expect(sharePointRefusal(401, 'Unauthorized')).toBeUndefined();
  });
});
