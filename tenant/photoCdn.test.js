'use strict';

// userphoto.aspx as SharePoint Online answers it today: 302 to the same host's afdcache copy with a
// time-limited token (sp-dev-docs issue 7909), and a CDN that keeps the previous photo after an
// upload (pnp/pnpjs issue 1959).

const { useTestTenant } = require('./testTenant');
const { sha256Hex } = require('./photoLibrary');

jest.setTimeout(30000);

const tenant = useTestTenant();

const userPhoto = (name, account, query = 'size=M') =>
  fetch(`${tenant.persona(name).sp}/_layouts/15/userphoto.aspx?${query}&accountname=${encodeURIComponent(account)}&t=63800000000`, { redirect: 'manual' });

async function bytesOf(response) {
  return Buffer.from(await response.arrayBuffer());
}

async function upload(name, bytes) {
  const response = await fetch(`${tenant.persona(name).sp}/_api/SP.UserProfiles.PeopleManager/SetMyProfilePicture`, {
    method: 'POST',
    headers: { 'X-RequestDigest': await tenant.digest(name), Accept: 'application/json' },
    body: bytes
  });
  expect(response.status).toBe(200);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

describe('userphoto.aspx', () => {
  test('answers 302 to the same host\'s afdcache URL with a token, the size and the account, and no t=', async () => {
    const response = await userPhoto('in-sync', 'Ingrid.Solberg@contoso.example', 'size=L');
    expect(response.status).toBe(302);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const location = new URL(response.headers.get('location'));
    expect(location.origin).toBe(tenant.url);
    expect(location.pathname).toBe('/u/in-sync/sp/_vti_bin/afdcache.ashx/_userprofile/userphoto.jpg');
    expect(location.searchParams.get('_oat_')).toMatch(/^\S{20,}$/);
    expect(location.searchParams.get('size')).toBe('L');
    expect(location.searchParams.get('accountName')).toBe('Ingrid.Solberg@contoso.example');
    expect(location.searchParams.has('t')).toBe(false);
  });

  test('fetch follows the redirect to SharePoint\'s current rendition, readable from the same origin', async () => {
    const details = await tenant.details('in-sync');
    const response = await fetch(`${tenant.persona('in-sync').sp}/_layouts/15/userphoto.aspx?size=M&accountname=ingrid.solberg%40contoso.example`);
    expect(response.status).toBe(200);
    expect(response.redirected).toBe(true);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(sha256Hex(await bytesOf(response))).toBe(details.sharePointRenditions.M.sha256);
  });

  test('a user without a SharePoint photo gets the grey placeholder PNG through the CDN too', async () => {
    const response = await fetch(`${tenant.persona('photo-not-in-sharepoint').sp}/_layouts/15/userphoto.aspx?size=S&accountname=daniel.mensah%40contoso.example`);
    expect(response.redirected).toBe(true);
    expect(response.headers.get('content-type')).toBe('image/png');
  });

  test('userPhotoRedirects plays the older redirect to the My Site rendition; userPhotoCdn false streams', async () => {
    await tenant.setBehaviour('in-sync', { userPhotoRedirects: true });
    const mySite = await userPhoto('in-sync', 'ingrid.solberg@contoso.example');
    expect(mySite.status).toBe(302);
    expect(mySite.headers.get('location')).toMatch(/\/u\/in-sync\/my\/User%20Photos\/Profile%20Pictures\/[0-9a-f-]{36}_MThumb\.jpg\?t=\d+$/);
    await tenant.setBehaviour('in-sync', { userPhotoRedirects: false, userPhotoCdn: false });
    const streamed = await userPhoto('in-sync', 'ingrid.solberg@contoso.example');
    expect(streamed.status).toBe(200);
    expect(streamed.headers.get('content-type')).toBe('image/jpeg');
  });
});

describe('the afdcache URL', () => {
  test('answers 403 "Time-Limited URL validation failed" once its token has expired', async () => {
    await tenant.setBehaviour('in-sync', { photoUrlLifetimeSeconds: 0.3 });
    const location = (await userPhoto('in-sync', 'ingrid.solberg@contoso.example')).headers.get('location');
    expect((await fetch(location)).status).toBe(200);
    await sleep(400);
    const expired = await fetch(location);
    expect(expired.status).toBe(403);
    expect(await expired.text()).toBe('Time-Limited URL validation failed');
  });

  const forged = (token) => `${token.slice(0, -1)}${token.endsWith('0') ? '1' : '0'}`;

  test('answers 403 to a forged token, or a token used for another size or account', async () => {
    const location = new URL((await userPhoto('in-sync', 'ingrid.solberg@contoso.example')).headers.get('location'));
    const variants = [
      // The last character changed (to another one whatever it was): a forged token.
      ['_oat_', forged(location.searchParams.get('_oat_'))],
      ['_oat_', 'made-up'],
      ['size', 'L'],
      ['accountName', 'nadia.okonkwo@contoso.example']
    ];
    for (const [name, value] of variants) {
      const url = new URL(location);
      url.searchParams.set(name, value);
      const response = await fetch(url);
      expect([name, response.status, await response.text()]).toEqual([name, 403, 'Time-Limited URL validation failed']);
    }
  });

  test('keeps serving the previous photo after an upload for photoCdnStaleSeconds, then the new one', async () => {
    const name = 'old-photo-in-sharepoint';
    await tenant.setBehaviour(name, { photoCdnStaleSeconds: 1 });
    const before = await tenant.details(name);
    const microsoft365 = await bytesOf(await fetch(`${tenant.persona(name).graph}/v1.0/me/photo/$value`));
    await upload(name, microsoft365);

    const after = await tenant.details(name);
    expect(after.uploads.accepted).toBe(1);
    expect(after.sharePointRenditions.M.sha256).not.toBe(before.sharePointRenditions.M.sha256);
    expect(after.photoCdn.staleUntil).toEqual(expect.any(String));
    expect(after.photoCdn.servesSha256).toBe(before.sharePointPhotoSha256);
    // A new t= does not reach the CDN: the bytes are still the old rendition.
    const stale = await fetch(`${tenant.persona(name).sp}/_layouts/15/userphoto.aspx?size=M&accountname=priya.raman%40contoso.example&t=${Date.now()}`);
    expect(sha256Hex(await bytesOf(stale))).toBe(before.sharePointRenditions.M.sha256);

    // A second and a bit later, by the tenant's test clock.
    await fetch(`${tenant.url}/__tenant/clock`, { method: 'POST', body: JSON.stringify({ advanceMs: 1100 }) });
    const fresh = await fetch(`${tenant.persona(name).sp}/_layouts/15/userphoto.aspx?size=M&accountname=priya.raman%40contoso.example`);
    expect(sha256Hex(await bytesOf(fresh))).toBe(after.sharePointRenditions.M.sha256);
    expect((await tenant.details(name)).photoCdn.staleUntil).toBeNull();
  });

  test('photo-cache-stale: hours later the CDN still shows the old photo, and uploads.accepted counts the one upload', async () => {
    const name = 'photo-cache-stale';
    const before = await tenant.details(name);
    expect(before.behaviour.photoCdnStaleSeconds).toBe(6 * 60 * 60);
    const microsoft365 = await bytesOf(await fetch(`${tenant.persona(name).graph}/v1.0/me/photo/$value`));
    await upload(name, microsoft365);
    const after = await tenant.details(name);
    expect(after.uploads).toEqual({ accepted: 1, refused: 0 });
    expect(Date.parse(after.photoCdn.staleUntil) - Date.now()).toBeGreaterThan(5.9 * 60 * 60 * 1000);
    const shown = await fetch(`${tenant.persona(name).sp}/_layouts/15/userphoto.aspx?size=M&accountname=yusuf.demir%40contoso.example&t=1`);
    expect(sha256Hex(await bytesOf(shown))).toBe(before.sharePointRenditions.M.sha256);
    // GetMyProperties already records the upload: a newer timestamp, a manual upload.
    expect(after.sharePointPictureProperties['SPS-PictureTimestamp']).not.toBe(before.sharePointPictureProperties['SPS-PictureTimestamp']);
    expect(after.sharePointPictureProperties['SPS-PictureExchangeSyncState']).toBe('0');
  });

  test('reset empties the CDN: the persona starts again with its own photo and no upload', async () => {
    const name = 'photo-cache-stale';
    const before = await tenant.details(name);
    await upload(name, await bytesOf(await fetch(`${tenant.persona(name).graph}/v1.0/me/photo/$value`)));
    await tenant.reset();
    const after = await tenant.details(name);
    expect(after.uploads).toEqual({ accepted: 0, refused: 0 });
    expect(after.photoCdn).toEqual({ staleUntil: null, servesSha256: before.sharePointPhotoSha256 });
  });
});
