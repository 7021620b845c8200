import { SourceError } from '../SourceError';
import { FetchResponse } from '../types';
import { GraphProfileSource } from './GraphProfileSource';

function reply(status: number, body: unknown = {}): FetchResponse {
  return {
    ok: status >= 200 && status < 300,
    status,
    headers: { get: () => null },
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
    await expect(new GraphProfileSource(send, noWait).getMyPhotoMetadata()).resolves.toBeNull();
  });

  it('reports 401 and 403 as a permission problem', async () => {
    for (const status of [401, 403]) {
      const send = jest.fn().mockResolvedValue(reply(status, { error: { code: 'Authorization_RequestDenied' } }));
      const error = await new GraphProfileSource(send, noWait).getMe(['displayName']).catch((e: unknown) => e) as SourceError;
      expect([error.kind, error.status]).toEqual(['permission', status]);
    }
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
});
