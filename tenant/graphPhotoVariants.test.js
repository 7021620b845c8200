'use strict';

// Graph's photo answers other than "a photo" and "ImageNotFound": the 1x1 GIF placeholder with an
// empty etag (profilephoto-get), a mailbox on premises (microsoft-graph-docs issue 15688), and
// throttling of single items inside a 200 $batch answer (json-batching, throttling).

const { useTestTenant } = require('./testTenant');

jest.setTimeout(30000);

const tenant = useTestTenant();

const graph = (name, path) => fetch(`${tenant.persona(name).graph}/v1.0/${path}`);
const batch = (name, requests) =>
  fetch(`${tenant.persona(name).graph}/v1.0/$batch`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ requests }) });
const PROFILE_BATCH = [
  { id: 'me', method: 'GET', url: '/me?$select=displayName' },
  { id: 'photo', method: 'GET', url: '/me/photo' },
  { id: 'bytes', method: 'GET', url: '/me/photos/240x240/$value' }
];

describe('graph-placeholder-photo', () => {
  test('/me/photo answers 200: image/gif, id 1x1, and an empty @odata.mediaEtag', async () => {
    const response = await graph('graph-placeholder-photo', 'me/photo');
    expect(response.status).toBe(200);
    const json = await response.json();
    expect(json).toMatchObject({ '@odata.mediaContentType': 'image/gif', '@odata.mediaEtag': '', id: '1x1', width: 1, height: 1 });
    expect(json['@odata.id']).toMatch(/\/users\('[0-9a-f-]{36}'\)\/photo$/);
  });

  test('/me/photo/$value is a 1x1 GIF without an ETag', async () => {
    const response = await graph('graph-placeholder-photo', 'me/photo/$value');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/gif');
    expect(response.headers.get('etag')).toBeNull();
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 6).toString('latin1')).toBe('GIF89a');
    expect([bytes.readUInt16LE(6), bytes.readUInt16LE(8)]).toEqual([1, 1]);
  });

  test('no standard size exists: photos/48x48 is 404 and photos lists only 1x1', async () => {
    expect((await graph('graph-placeholder-photo', 'me/photos/48x48/$value')).status).toBe(404);
    expect((await (await graph('graph-placeholder-photo', 'me/photos')).json()).value.map((p) => p.id)).toEqual(['1x1']);
  });

  test('SharePoint has no photo either', async () => {
    const details = await tenant.details('graph-placeholder-photo');
    expect(details.sharePointPhotoSha256).toBeNull();
    expect(details.sharePointPictureProperties['SPS-PicturePlaceholderState']).toBe('1');
  });
});

describe('hybrid-mailbox', () => {
  test.each(['me/photo', 'me/photo/$value', 'me/photos', 'me/photos/96x96/$value'])('%s answers 404 MailboxNotEnabledForRESTAPI', async (path) => {
    const response = await graph('hybrid-mailbox', path);
    expect(response.status).toBe(404);
    const { error } = await response.json();
    expect(error.code).toBe('MailboxNotEnabledForRESTAPI');
    expect(error.message).toBe('The mailbox is either inactive, soft-deleted, or is hosted on-premise.');
    expect(error.innerError).toEqual({ date: expect.any(String), 'request-id': expect.any(String), 'client-request-id': expect.any(String) });
  });

  test('while /me answers normally, and SharePoint has the same photo', async () => {
    const me = await graph('hybrid-mailbox', 'me');
    expect(me.status).toBe(200);
    expect((await me.json()).displayName).toBe('Grace Mwangi');
    const details = await tenant.details('hybrid-mailbox');
    expect(details.sharePointPhotoSourceSha256).toBe(details.microsoft365PhotoSha256);
  });

  test('inside a $batch too: the photo item is 404, the /me item 200', async () => {
    const { responses } = await (await batch('hybrid-mailbox', PROFILE_BATCH)).json();
    const byId = Object.fromEntries(responses.map((r) => [r.id, r]));
    expect(byId.me.status).toBe(200);
    expect([byId.photo.status, byId.photo.body.error.code]).toEqual([404, 'MailboxNotEnabledForRESTAPI']);
  });
});

describe('batch-item-throttled', () => {
  test('the photo items of the first two batches are 429 inside a 200 answer, with their own Retry-After; then answered', async () => {
    for (let call = 1; call <= 2; call += 1) {
      const response = await batch('batch-item-throttled', PROFILE_BATCH);
      expect(response.status).toBe(200);
      expect(response.headers.get('retry-after')).toBeNull();
      const byId = Object.fromEntries((await response.json()).responses.map((r) => [r.id, r]));
      expect(byId.me.status).toBe(200);
      for (const id of ['photo', 'bytes']) {
        expect(byId[id].status).toBe(429);
        expect(byId[id].headers).toEqual({ 'Content-Type': 'application/json', 'Retry-After': '1.5' });
        expect(byId[id].body.error).toMatchObject({
          code: 'TooManyRequests',
          message: 'Please retry again later.',
          innerError: { code: '429', status: '429', message: 'Please retry after', 'request-id': expect.any(String), date: expect.any(String) }
        });
      }
    }
    const third = Object.fromEntries((await (await batch('batch-item-throttled', PROFILE_BATCH)).json()).responses.map((r) => [r.id, r]));
    expect([third.photo.status, third.bytes.status]).toEqual([200, 200]);
    expect(third.photo.body['@odata.mediaEtag']).toMatch(/^"[0-9A-F]{8}"$/);
  });

  test('a batch without photo requests does not use up the throttled calls; plain requests are never throttled', async () => {
    const onlyMe = await (await batch('batch-item-throttled', [PROFILE_BATCH[0]])).json();
    expect(onlyMe.responses[0].status).toBe(200);
    expect((await graph('batch-item-throttled', 'me/photo')).status).toBe(200);
    expect((await tenant.details('batch-item-throttled')).behaviour.graphBatchPhotoThrottleCount).toBe(2);
  });

  test('the Retry-After of an item is a behaviour flag, and reset throttles again', async () => {
    await tenant.setBehaviour('batch-item-throttled', { batchItemRetryAfterSeconds: 0.249, graphBatchPhotoThrottleCount: 1 });
    const first = await (await batch('batch-item-throttled', PROFILE_BATCH)).json();
    expect(first.responses[1].headers['Retry-After']).toBe('0.249');
    await tenant.reset();
    const again = await (await batch('batch-item-throttled', PROFILE_BATCH)).json();
    expect(again.responses[1]).toMatchObject({ status: 429, headers: { 'Retry-After': '1.5' } });
  });
});
