'use strict';

// GetMyProperties bodies as real tenants vary them (DOMAIN.md, issue 10): partial-profile lacks the
// picture-state keys, has entries without ValueType and top-level fields that are null or stale.

const { useTestTenant } = require('./testTenant');

jest.setTimeout(30000);

const tenant = useTestTenant();

async function profileOf(name) {
  const response = await fetch(`${tenant.persona(name).sp}/_api/SP.UserProfiles.PeopleManager/GetMyProperties`, {
    headers: { Accept: 'application/json;odata=nometadata' }
  });
  return response.json();
}
const keysOf = (json) => json.UserProfileProperties.map((p) => p.Key);
const valueOf = (json, key) => json.UserProfileProperties.find((p) => p.Key === key).Value;
const PICTURE_STATE_KEYS = ['SPS-PictureTimestamp', 'SPS-PicturePlaceholderState', 'SPS-PictureExchangeSyncState'];

test('partial-profile: no SPS-Picture* keys at all, but a PictureURL', async () => {
  const json = await profileOf('partial-profile');
  for (const key of PICTURE_STATE_KEYS) expect(keysOf(json)).not.toContain(key);
  expect(valueOf(json, 'PictureURL')).toMatch(/\/[0-9a-f-]{36}_MThumb\.jpg$/);
  const details = await tenant.details('partial-profile');
  expect(Object.keys(details.sharePointPictureProperties)).toEqual(['PictureURL', 'PictureUrl']);
});

test('partial-profile: entries have Key and Value but no ValueType', async () => {
  const json = await profileOf('partial-profile');
  expect(json.UserProfileProperties.length).toBeGreaterThan(50);
  for (const entry of json.UserProfileProperties) expect(Object.keys(entry)).toEqual(['Key', 'Value']);
});

test('partial-profile: top-level DisplayName and Email null and Title stale, while the keys hold the values', async () => {
  const json = await profileOf('partial-profile');
  expect([json.DisplayName, json.Email, json.Title]).toEqual([null, null, 'Payroll Assistant']);
  expect(valueOf(json, 'PreferredName')).toBe('Astrid Nilsen');
  expect(valueOf(json, 'WorkEmail')).toBe('astrid.nilsen@contoso.example');
  expect(valueOf(json, 'SPS-JobTitle')).toBe('Payroll Specialist');
  expect(json.PictureUrl).toBeNull();
});

test('partial-profile: an accepted upload records the picture-state keys', async () => {
  const photo = Buffer.from(await (await fetch(`${tenant.persona('partial-profile').graph}/v1.0/me/photo/$value`)).arrayBuffer());
  const upload = await fetch(`${tenant.persona('partial-profile').sp}/_api/SP.UserProfiles.PeopleManager/SetMyProfilePicture`, {
    method: 'POST',
    headers: { 'X-RequestDigest': await tenant.digest('partial-profile') },
    body: photo
  });
  expect(upload.status).toBe(200);
  const json = await profileOf('partial-profile');
  expect(valueOf(json, 'SPS-PicturePlaceholderState')).toBe('0');
  expect(valueOf(json, 'SPS-PictureTimestamp')).toMatch(/^\d{11}$/);
});

test('ordinary personas keep every key with ValueType Edm.String, and top-level fields agree with the keys', async () => {
  const json = await profileOf('in-sync');
  for (const key of PICTURE_STATE_KEYS) expect(keysOf(json)).toContain(key);
  expect(json.UserProfileProperties.every((p) => p.ValueType === 'Edm.String')).toBe(true);
  expect(json.DisplayName).toBe(valueOf(json, 'PreferredName'));
  expect(json.Email).toBe(valueOf(json, 'WorkEmail'));
});
