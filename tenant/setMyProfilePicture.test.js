'use strict';

const crypto = require('crypto');
const { Jimp } = require('jimp');
const { useTestTenant } = require('./testTenant');
const { decodePicture } = require('./pictureDecoder');
const { padJpegWithComments } = require('./jpegPadding');

jest.setTimeout(30000);

const tenant = useTestTenant();

const sha256 = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex');
const SET_MY_PROFILE_PICTURE = '_api/SP.UserProfiles.PeopleManager/SetMyProfilePicture';

/** A wide picture, so renditions show whether the aspect ratio was kept. */
async function widePicture(mime = 'image/png') {
  const image = new Jimp({ width: 300, height: 150, color: 0x3366ccff });
  for (let x = 0; x < 150; x += 1) image.setPixelColor(0xffcc00ff, x, 75);
  return image.getBuffer(mime);
}

async function upload(name, body, headers = {}) {
  return fetch(`${tenant.persona(name).sp}/${SET_MY_PROFILE_PICTURE}`, {
    method: 'POST',
    headers: { Accept: 'application/json', ...headers },
    body
  });
}

async function uploadWithDigest(name, body, headers = {}) {
  return upload(name, body, { 'X-RequestDigest': await tenant.digest(name), ...headers });
}

/** The persona's SharePoint photo state, to show a refused upload changed nothing. */
async function photoState(name) {
  const { sharePointPhotoSha256, sharePointPictureProperties } = await tenant.details(name);
  return { sharePointPhotoSha256, sharePointPictureProperties };
}

async function expectRefused(name, response, status, message) {
  expect(response.status).toBe(status);
  const json = await response.json();
  expect(json['odata.error'].message.value).toMatch(message);
  return json;
}

describe('refused uploads change nothing', () => {
  test('without a form digest: 403 security validation', async () => {
    const before = await photoState('photo-not-in-sharepoint');
    const response = await upload('photo-not-in-sharepoint', await widePicture());
    const json = await expectRefused('photo-not-in-sharepoint', response, 403, /security validation for this page is invalid/);
    expect(json['odata.error'].code).toBe('-2130575251, Microsoft.SharePoint.SPException');
    expect(await photoState('photo-not-in-sharepoint')).toEqual(before);
    expect((await tenant.details('photo-not-in-sharepoint')).uploads).toEqual({ accepted: 0, refused: 1 });
  });

  test('with another persona\'s digest, or a forged one: 403', async () => {
    const picture = await widePicture();
    const otherDigest = await tenant.digest('in-sync');
    expect((await upload('photo-not-in-sharepoint', picture, { 'X-RequestDigest': otherDigest })).status).toBe(403);
    const forged = `0x${'A'.repeat(128)},25 Nov 2026 10:00:00 -0000`;
    expect((await upload('photo-not-in-sharepoint', picture, { 'X-RequestDigest': forged })).status).toBe(403);
  });

  test('verbose callers get the error as {"error": ...}', async () => {
    const response = await upload('in-sync', await widePicture(), { Accept: 'application/json;odata=verbose' });
    expect(response.status).toBe(403);
    expect((await response.json()).error.message.value).toMatch(/security validation/);
  });

  test.each([
    ['an empty body', () => Buffer.alloc(0)],
    ['text', () => Buffer.from('not a picture at all')],
    ['a GIF', () => new Jimp({ width: 20, height: 20, color: 0xff0000ff }).getBuffer('image/gif')],
    ['a truncated JPEG', async () => (await widePicture('image/jpeg')).subarray(0, 40)]
  ])('%s: 400 "Parameter is not valid."', async (what, makeBody) => {
    const before = await photoState('in-sync');
    const response = await uploadWithDigest('in-sync', await makeBody());
    await expectRefused('in-sync', response, 400, /^Parameter is not valid\.$/);
    expect(await photoState('in-sync')).toEqual(before);
  });

  test('over 5,000,000 bytes: 400 with a size message, even though it is a valid JPEG', async () => {
    const before = await photoState('oversized-microsoft365-photo');
    const big = padJpegWithComments(await widePicture('image/jpeg'), 5000000);
    const response = await uploadWithDigest('oversized-microsoft365-photo', big);
    await expectRefused('oversized-microsoft365-photo', response, 400, /5,000,000 bytes/);
    expect(await photoState('oversized-microsoft365-photo')).toEqual(before);
  });

  test('photoUpdatesBlocked: 403 access denied', async () => {
    await tenant.setBehaviour('in-sync', { photoUpdatesBlocked: true });
    const before = await photoState('in-sync');
    const response = await uploadWithDigest('in-sync', await widePicture());
    await expectRefused('in-sync', response, 403, /^Access denied/);
    expect(await photoState('in-sync')).toEqual(before);
  });
});

describe('an accepted upload', () => {
  test('stores the picture, makes resized renditions and records a new photo', async () => {
    const picture = await widePicture();
    const before = await tenant.details('photo-not-in-sharepoint');
    expect(before.sharePointPhotoSha256).toBeNull();

    const response = await uploadWithDigest('photo-not-in-sharepoint', picture);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ 'odata.metadata': expect.stringContaining('$metadata#Edm.Null'), 'odata.null': true });

    const after = await tenant.details('photo-not-in-sharepoint');
    expect(after.sharePointPhotoSha256).toBe(sha256(picture));
    expect(after.sharePointPhotoSourceSha256).toBe(sha256(picture));
    expect(after.uploads).toEqual({ accepted: 1, refused: 0 });
    const props = after.sharePointPictureProperties;
    const objectId = (await (await fetch(`${tenant.persona('photo-not-in-sharepoint').graph}/v1.0/me`)).json()).id;
    expect(props.PictureURL).toBe(`${tenant.persona('photo-not-in-sharepoint').my}/User%20Photos/Profile%20Pictures/${objectId}_MThumb.jpg`);
    expect(props['SPS-PicturePlaceholderState']).toBe('0');
    expect(props['SPS-PictureExchangeSyncState']).toBe('0');
    expect(props.PictureUrl).toBeNull(); // the top-level field stays null beside PictureURL, as in real bodies
    const nowAsTimestamp = Math.floor(Date.now() / 1000) + 62135596800;
    expect(Math.abs(Number(props['SPS-PictureTimestamp']) - nowAsTimestamp)).toBeLessThan(120);

    for (const [suffix, width, height] of [['S', 48, 24], ['M', 72, 36], ['L', 200, 100]]) {
      const rendition = await fetch(props.PictureURL.replace('_MThumb.jpg', `_${suffix}Thumb.jpg`));
      const bytes = Buffer.from(await rendition.arrayBuffer());
      expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
      const image = await decodePicture(bytes);
      expect([image.bitmap.width, image.bitmap.height]).toEqual([width, height]);
    }
  });

  test('the renditions show the uploaded picture, not just its size', async () => {
    await uploadWithDigest('old-photo-in-sharepoint', await widePicture('image/bmp'));
    const response = await fetch(`${tenant.persona('old-photo-in-sharepoint').sp}/_layouts/15/userphoto.aspx?size=L&accountname=priya.raman@contoso.example`);
    const image = await decodePicture(Buffer.from(await response.arrayBuffer()));
    const [r, g, b] = image.bitmap.data.subarray(4 * (10 * 200 + 10), 4 * (10 * 200 + 10) + 3);
    expect(b).toBeGreaterThan(150);
    expect(r).toBeLessThan(100);
    expect(g).toBeLessThan(140);
  });

  test('each upload moves the timestamp forward, even within one second', async () => {
    const first = (await tenant.details('in-sync')).sharePointPictureProperties['SPS-PictureTimestamp'];
    await uploadWithDigest('in-sync', await widePicture());
    const second = (await tenant.details('in-sync')).sharePointPictureProperties['SPS-PictureTimestamp'];
    await uploadWithDigest('in-sync', await widePicture('image/jpeg'));
    const third = (await tenant.details('in-sync')).sharePointPictureProperties['SPS-PictureTimestamp'];
    expect(Number(second)).toBeGreaterThan(Number(first));
    expect(Number(third)).toBeGreaterThan(Number(second));
  });

  test('a bearer token stands in for the form digest', async () => {
    const response = await upload('in-sync', await widePicture(), { Authorization: 'Bearer eyJ0eXAi.fake.token' });
    expect(response.status).toBe(200);
  });

  test('the Microsoft 365 photo itself can be copied to SharePoint, and the source hash proves it', async () => {
    const photo = Buffer.from(await (await fetch(`${tenant.persona('photo-not-in-sharepoint').graph}/v1.0/me/photo/$value`)).arrayBuffer());
    expect((await uploadWithDigest('photo-not-in-sharepoint', photo)).status).toBe(200);
    const details = await tenant.details('photo-not-in-sharepoint');
    expect(details.sharePointPhotoSourceSha256).toBe(details.microsoft365PhotoSha256);
  });
});
