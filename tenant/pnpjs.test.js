'use strict';

// PnPjs v4 itself against the fake tenant: what the web part's SharePoint adapter will send.
// PnPjs is ESM-only and jest here cannot import() it (no --experimental-vm-modules), so
// pnpjsClient.mjs runs it in a plain Node process and reports what PnPjs got back.

const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { execFile } = require('child_process');
const { useTestTenant } = require('./testTenant');
const { portraitJpeg } = require('./portraits');

jest.setTimeout(60000);

const tenant = useTestTenant({ reset: false });

function runPnpjs(siteUrl, picturePath) {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [path.join(__dirname, 'pnpjsClient.mjs'), siteUrl, picturePath], (error, stdout, stderr) =>
      error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(JSON.parse(stdout))
    );
  });
}

test('sp.profiles.myProperties() reads the profile and setMyProfilePic(blob) uploads with a digest PnPjs fetched', async () => {
  const picture = await portraitJpeg({ hairStyle: 'bun', background: ['#000000', '#ffffff'] }, 240);
  const picturePath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pnpjs-')), 'picture.jpg');
  fs.writeFileSync(picturePath, picture);

  const { before, selected, upload, after } = await runPnpjs(tenant.persona('photo-not-in-sharepoint').sp, picturePath);

  expect(before.ok).toBe(true);
  expect(before.value).toMatchObject({ DisplayName: 'Daniel Mensah', PictureUrl: null, 'odata.type': 'SP.UserProfiles.PersonProperties' });
  expect(selected.value).toMatchObject({ DisplayName: 'Daniel Mensah', PictureUrl: null });
  expect(selected.value).not.toHaveProperty('UserProfileProperties');
  expect(upload).toEqual({ ok: true });
  expect(after.value.PictureUrl).toBeNull();
  const pictureURL = after.value.UserProfileProperties.find((p) => p.Key === 'PictureURL').Value;
  expect(pictureURL).toMatch(/\/[0-9a-f-]{36}_MThumb\.jpg$/);

  const details = await tenant.details('photo-not-in-sharepoint');
  expect(details.sharePointPhotoSha256).toBe(crypto.createHash('sha256').update(picture).digest('hex'));
  expect(details.uploads).toEqual({ accepted: 1, refused: 0 });
  const log = await tenant.requests('photo-not-in-sharepoint');
  expect(log.map((e) => `${e.method} ${e.path.replace(/\?.*/, '').toLowerCase()} ${e.status}`)).toEqual([
    'GET /u/photo-not-in-sharepoint/sp/_api/sp.userprofiles.peoplemanager/getmyproperties 200',
    'GET /u/photo-not-in-sharepoint/sp/_api/sp.userprofiles.peoplemanager/getmyproperties 200',
    'POST /u/photo-not-in-sharepoint/sp/_api/contextinfo 200',
    'POST /u/photo-not-in-sharepoint/sp/_api/sp.userprofiles.peoplemanager/setmyprofilepicture 200',
    'GET /u/photo-not-in-sharepoint/sp/_api/sp.userprofiles.peoplemanager/getmyproperties 200'
  ]);
});

test('PnPjs reports SharePoint\'s refusal as an error with the status', async () => {
  await tenant.setBehaviour('in-sync', { photoUpdatesBlocked: true });
  const picturePath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pnpjs-')), 'picture.jpg');
  fs.writeFileSync(picturePath, await portraitJpeg({}, 96));
  const { upload } = await runPnpjs(tenant.persona('in-sync').sp, picturePath);
  expect(upload.ok).toBe(false);
  expect(upload.status).toBe(403);
  expect(upload.message).toMatch(/Access denied/);
});
