import { readGraphPhotoState } from '../../profile';
import { aGraphError, aGraphPhoto, aGraphUser, aMailboxNotEnabledError, aPhotoNotFoundError } from '../../profile/testing/graphBuilders';
import { SourceError } from '../SourceError';
import { FetchResponse, ServiceWait } from '../types';
import { WaitBudget } from '../waitBudget';
import { GraphProfileSource } from './GraphProfileSource';

function reply(status: number, body: unknown = {}, headers: Record<string, string> = {}): FetchResponse {
  return {
    ok: status >= 200 && status < 300,
    status,
    headers: { get: (name: string) => headers[name] !== undefined ? headers[name] : null },
    json: () => (body instanceof Error ? Promise.reject(body) : Promise.resolve(body)),
    blob: () => Promise.resolve(new Blob(['bytes'], { type: 'image/jpeg' }))
  };
}

const noWait = { retries: 0, maxWaitSeconds: 0, sleep: () => Promise.resolve() };

describe('GraphProfileSource', () => {
  it('selects every compared field plus the identity fields from /me', async () => {
    const send = jest.fn().mockResolvedValue(reply(200, { displayName: 'Megan Bowen' }));
    await new GraphProfileSource(send, noWait).getMe(['displayName', 'department']);
    expect(send.mock.calls[0][0]).toBe('/v1.0/me?$select=id,userPrincipalName,displayName,department');
  });

  it('reads a 404 on the photo as "no photo"', async () => {
    const send = jest.fn().mockResolvedValue(reply(404, { error: { code: 'ErrorEntityNotFound' } }));
    const answer = await new GraphProfileSource(send, noWait).getMyPhotoMetadata();
    expect(readGraphPhotoState(answer)).toEqual({ kind: 'none' });
  });

  it('reads a 404 without a body as "no photo"', async () => {
    const send = jest.fn().mockResolvedValue(reply(404, new SyntaxError('Unexpected end of JSON input')));
    await expect(new GraphProfileSource(send, noWait).getMyPhotoMetadata()).resolves.toBeNull();
  });

  it('passes on a 404 that does not mean "no photo" (mailbox on premises), so the page can say it could not tell', async () => {
    const send = jest.fn().mockResolvedValue(reply(404, aMailboxNotEnabledError()));
    const answer = await new GraphProfileSource(send, noWait).getMyPhotoMetadata();
    expect(readGraphPhotoState(answer)).toEqual({ kind: 'unknown', reason: expect.stringMatching(/^MailboxNotEnabledForRESTAPI: /) });
  });

  it('reports 401 and 403 as a permission problem', async () => {
    for (const status of [401, 403]) {
      const send = jest.fn().mockResolvedValue(reply(status, { error: { code: 'Authorization_RequestDenied' } }));
      const error = await new GraphProfileSource(send, noWait).getMe(['displayName']).catch((e: unknown) => e) as SourceError;
      expect([error.kind, error.status]).toEqual(['permission', status]);
    }
  });

  it("keeps Graph's error code, request ids and date with a refusal, for the helpdesk", async () => {
    const send = jest.fn().mockResolvedValue(reply(403, aGraphError('Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'),
      { Date: 'Thu, 02 May 2024 09:41:12 GMT' }));
    const error = await new GraphProfileSource(send, noWait).getMe(['displayName']).catch((e: unknown) => e) as SourceError;
    expect(error.details).toEqual({
      code: 'Authorization_RequestDenied', requestId: 'f4b0e6a2-1b3c-4c1e-9d8e-6b2f3a9c0d11',
      clientRequestId: 'f4b0e6a2-1b3c-4c1e-9d8e-6b2f3a9c0d11', date: '2024-05-02T09:41:12'
    });
  });

  it('reports an answer that is not JSON as bad data', async () => {
    const send = jest.fn().mockResolvedValue(reply(200, new SyntaxError('Unexpected token <')));
    const error = await new GraphProfileSource(send, noWait).getMe(['displayName']).catch((e: unknown) => e) as SourceError;
    expect(error.kind).toBe('bad-data');
  });

  it('asks for a small square photo and falls back to the original when that size does not exist', async () => {
    const send = jest.fn().mockResolvedValueOnce(reply(404)).mockResolvedValueOnce(reply(200));
    const photo = await new GraphProfileSource(send, noWait).getMyPhoto(96);
    expect(send.mock.calls.map((c) => c[0])).toEqual(['/v1.0/me/photos/96x96/$value', '/v1.0/me/photo/$value']);
    expect(photo).toBeInstanceOf(Blob);
  });

  it('returns no bytes when there is no photo at all', async () => {
    const send = jest.fn().mockResolvedValue(reply(404));
    await expect(new GraphProfileSource(send, noWait).getMyPhoto()).resolves.toBeUndefined();
  });

  describe('one $batch for /me, /me/photo and the photo bytes', () => {
    const fields = ['displayName'];
    const policy = (): { retries: number; maxWaitSeconds: number; sleep: jest.Mock } => ({ retries: 3, maxWaitSeconds: 10, sleep: jest.fn().mockResolvedValue(undefined) });
    const batch = (...responses: unknown[]): FetchResponse => reply(200, { responses });
    const item = (id: string, status: number, body?: unknown, headers?: Record<string, string>): unknown => ({ id, status, headers, body });

    it.each([
      ['ErrorEntityNotFound', aPhotoNotFoundError('ErrorEntityNotFound'), { kind: 'none' }],
      ['ErrorItemNotFound', aGraphError('ErrorItemNotFound', "The photo wasn't found."), { kind: 'none' }],
      ['MailboxNotEnabledForRESTAPI', aMailboxNotEnabledError(), { kind: 'unknown', reason: expect.stringMatching(/^MailboxNotEnabledForRESTAPI/) }],
      ['ProfileNotFoundException', aGraphError('ProfileNotFoundException', 'Profile not found.'), { kind: 'unknown', reason: 'ProfileNotFoundException: Profile not found.' }]
    ])('reads the body of a 404 photo item with %s, and asks for no bytes', async (_code, body, state) => {
      const send = jest.fn().mockResolvedValue(batch(item('me', 200, aGraphUser()), item('photo', 404, body), item('bytes', 404, aPhotoNotFoundError())));
      const profile = await new GraphProfileSource(send, policy()).getProfile(fields, 96);
      expect(readGraphPhotoState(profile.photoMetadata)).toEqual(state);
      expect(profile.photo).toBeUndefined();
      expect(send).toHaveBeenCalledTimes(1);
    });

    it('sends the items Graph throttled inside a 200 batch again alone, after their own Retry-After, and reports the wait', async () => {
      const p = policy();
      const heard: ServiceWait[] = [];
      const send = jest.fn()
        .mockResolvedValueOnce(batch(
          item('me', 200, aGraphUser()),
          item('photo', 429, aGraphError('TooManyRequests', 'Too many requests.'), { 'Retry-After': '3' }),
          item('bytes', 429, undefined, { 'retry-after': '2' })
        ))
        .mockResolvedValueOnce(reply(200, aGraphPhoto()))
        .mockResolvedValueOnce(reply(200));
      const profile = await new GraphProfileSource(send, p).getProfile(fields, 96, new WaitBudget(30, (wait) => heard.push(wait)));

      expect(send.mock.calls.map((call) => call[0])).toEqual(['/v1.0/$batch', '/v1.0/me/photo', '/v1.0/me/photos/96x96/$value']);
      expect(p.sleep.mock.calls).toEqual([[3000]]);
      expect(heard).toEqual([{ source: 'graph', seconds: 3 }]);
      expect(readGraphPhotoState(profile.photoMetadata)).toEqual({ kind: 'photo', photo: expect.objectContaining({ width: 648 }) });
      expect(profile.photo).toBeInstanceOf(Blob);
    });

    it("keeps Graph's error details of a failed item inside the batch", async () => {
      const send = jest.fn().mockResolvedValue(batch(
        item('me', 403, aGraphError('Authorization_RequestDenied', 'Insufficient privileges to complete the operation.')),
        item('photo', 200, aGraphPhoto())
      ));
      const error = await new GraphProfileSource(send, policy()).getProfile(fields).catch((e: unknown) => e) as SourceError;
      expect([error.kind, error.status]).toEqual(['permission', 403]);
      expect(error.details).toEqual(expect.objectContaining({ code: 'Authorization_RequestDenied', requestId: 'f4b0e6a2-1b3c-4c1e-9d8e-6b2f3a9c0d11' }));
    });

    it('does not wait past the limit for a throttled item: it says throttled with Graph\'s figure', async () => {
      const p = policy();
      const send = jest.fn().mockResolvedValue(batch(item('me', 429, undefined, { 'Retry-After': '45' }), item('photo', 200, aGraphPhoto())));
      const error = await new GraphProfileSource(send, p).getProfile(fields).catch((e: unknown) => e) as SourceError;
      expect([error.kind, error.retryAfterSeconds]).toEqual(['throttled', 45]);
      expect(p.sleep).not.toHaveBeenCalled();
      expect(send).toHaveBeenCalledTimes(1);
    });

    it('keeps all its waiting within the budget it is given, lone retries included', async () => {
      const p = policy();
      const send = jest.fn()
        .mockResolvedValueOnce(batch(item('me', 429, undefined, { 'Retry-After': '4' }), item('photo', 200, aGraphPhoto())))
        .mockResolvedValue(reply(429, {}, { 'Retry-After': '4' }));
      const error = await new GraphProfileSource(send, p).getProfile(fields, undefined, new WaitBudget(10)).catch((e: unknown) => e) as SourceError;
      expect(error.kind).toBe('throttled');
      const waited = p.sleep.mock.calls.reduce((sum: number, call: number[]) => sum + call[0], 0);
      expect(waited).toBe(8000);
    });
  });
});
