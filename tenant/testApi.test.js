'use strict';

const { useTestTenant } = require('./testTenant');

jest.setTimeout(30000);

const tenant = useTestTenant();

const post = (path, body) => fetch(`${tenant.url}${path}`, { method: 'POST', body });

test('personas lists name, displayName, sign-in name and description of all eighteen', async () => {
  const list = await (await fetch(`${tenant.url}/__tenant/personas`)).json();
  expect(list).toHaveLength(18);
  expect(list[0]).toEqual({ name: 'in-sync', displayName: 'Ingrid Solberg', userPrincipalName: 'ingrid.solberg@contoso.example', description: expect.any(String) });
});

test('a persona\'s details say what a test needs to check', async () => {
  const details = await tenant.details('old-photo-in-sharepoint');
  expect(details).toMatchObject({
    name: 'old-photo-in-sharepoint',
    microsoft365PhotoSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    sharePointPhotoSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    sharePointPhotoSourceSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    sharePointPictureProperties: {
      PictureURL: expect.stringMatching(/_MThumb\.jpg$/),
      'SPS-PicturePlaceholderState': '0',
      'SPS-PictureExchangeSyncState': '1',
      'SPS-PictureTimestamp': expect.stringMatching(/^\d{11}$/)
    },
    uploads: { accepted: 0, refused: 0 },
    requests: { sharePoint: 0, graph: 0 }
  });
  expect(details.sharePointPhotoSourceSha256).not.toBe(details.microsoft365PhotoSha256);
  const none = await tenant.details('no-photo-anywhere');
  expect([none.microsoft365PhotoSha256, none.sharePointPhotoSha256, none.sharePointPhotoSourceSha256]).toEqual([null, null, null]);
});

test('the request log records each API request with method, path, persona, kind, status and time', async () => {
  const urls = tenant.persona('in-sync');
  await fetch(`${urls.graph}/v1.0/me`);
  await fetch(`${urls.sp}/_api/SP.UserProfiles.PeopleManager/GetMyProperties`);
  await fetch(`${tenant.persona('property-drift').graph}/v1.0/me`);
  const log = await tenant.requests('in-sync');
  expect(log.map((e) => [e.method, e.path, e.persona, e.kind, e.status])).toEqual([
    ['GET', '/u/in-sync/graph/v1.0/me', 'in-sync', 'graph', 200],
    ['GET', '/u/in-sync/sp/_api/SP.UserProfiles.PeopleManager/GetMyProperties', 'in-sync', 'sharePoint', 200]
  ]);
  expect(Date.parse(log[0].time)).not.toBeNaN();
  expect((await tenant.details('in-sync')).requests).toEqual({ sharePoint: 1, graph: 1 });
  expect(await (await fetch(`${tenant.url}/__tenant/requests`)).json()).toHaveLength(3);
});

test('reset restores photos, behaviour, counters and the log', async () => {
  const before = await tenant.details('photo-not-in-sharepoint');
  const picture = Buffer.from(await (await fetch(`${tenant.persona('in-sync').graph}/v1.0/me/photos/96x96/$value`)).arrayBuffer());
  const upload = await fetch(`${tenant.persona('photo-not-in-sharepoint').sp}/_api/SP.UserProfiles.PeopleManager/SetMyProfilePicture`, {
    method: 'POST',
    headers: { 'X-RequestDigest': await tenant.digest('photo-not-in-sharepoint') },
    body: picture
  });
  expect(upload.status).toBe(200);
  await tenant.setBehaviour('photo-not-in-sharepoint', { photoUpdatesBlocked: true, graphStatus: 403 });
  expect((await tenant.details('photo-not-in-sharepoint')).sharePointPhotoSha256).not.toBeNull();

  expect((await tenant.reset()).status).toBe(200);
  const after = await tenant.details('photo-not-in-sharepoint');
  expect(after).toEqual({ ...before, requests: { sharePoint: 0, graph: 0 } });
  expect(after.behaviour.photoUpdatesBlocked).toBe(false);
  expect(await (await fetch(`${tenant.url}/__tenant/requests`)).json()).toEqual([]);
});

test('behaviour flags are set per persona and checked', async () => {
  const response = await tenant.setBehaviour('in-sync', { graphThrottleCount: 1, retryAfterSeconds: 3 });
  expect(response.status).toBe(200);
  expect((await response.json()).behaviour).toMatchObject({ graphThrottleCount: 1, retryAfterSeconds: 3 });
  const throttled = await fetch(`${tenant.persona('in-sync').graph}/v1.0/me`);
  expect([throttled.status, throttled.headers.get('retry-after')]).toEqual([429, '3']);
  expect((await fetch(`${tenant.persona('property-drift').graph}/v1.0/me`)).status).toBe(200);

  await tenant.setBehaviour('in-sync', { sharePointStatus: 503 });
  expect((await fetch(`${tenant.persona('in-sync').sp}/_api/SP.UserProfiles.PeopleManager/GetMyProperties`)).status).toBe(503);

  const unknown = await tenant.setBehaviour('in-sync', { makeItWork: true });
  expect(unknown.status).toBe(400);
  expect((await unknown.json()).error).toMatch(/makeItWork is not a behaviour flag/);
  expect((await tenant.setBehaviour('in-sync', { graphStatus: 'nope' })).status).toBe(400);
  expect((await post('/__tenant/personas/in-sync/behaviour', '{not json')).status).toBe(400);
});

test('unknown personas and routes are 404', async () => {
  expect((await fetch(`${tenant.url}/__tenant/personas/nobody`)).status).toBe(404);
  expect((await post('/__tenant/personas/nobody/behaviour', '{}')).status).toBe(404);
  expect((await fetch(`${tenant.url}/__tenant/requests?persona=nobody`)).status).toBe(404);
  expect((await fetch(`${tenant.url}/__tenant/nothing`)).status).toBe(404);
});
