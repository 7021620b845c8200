'use strict';

// The personas keep the promises their names and descriptions make.

const { decodePicture } = require('./pictureDecoder');
const { startTestTenant } = require('./testTenant');

jest.setTimeout(60000);

const NAMES = [
  'in-sync', 'photo-not-in-sharepoint', 'old-photo-in-sharepoint', 'no-photo-anywhere',
  'photo-removed-from-microsoft365', 'property-drift', 'mobile-only-differs', 'graph-permission-missing',
  'graph-throttled', 'sharepoint-unavailable', 'corrupt-microsoft365-photo', 'oversized-microsoft365-photo',
  'hostile-profile', 'photo-cache-stale', 'partial-profile', 'graph-placeholder-photo', 'hybrid-mailbox',
  'batch-item-throttled'
];

// Graph field -> user profile key (docs/DOMAIN.md), with how the web part may normalise it.
const collapse = (s) => String(s || '').trim().replace(/\s+/g, ' ');
const digits = (s) => String(s || '').replace(/\D/g, '');
const MAPPINGS = [
  ['displayName', 'PreferredName', collapse],
  ['givenName', 'FirstName', collapse],
  ['surname', 'LastName', collapse],
  ['jobTitle', 'SPS-JobTitle', collapse],
  ['department', 'Department', collapse],
  ['officeLocation', 'Office', collapse],
  ['businessPhones', 'WorkPhone', digits, (user) => user.businessPhones[0]],
  ['mail', 'WorkEmail', (s) => collapse(s).toLowerCase()],
  ['mobilePhone', 'CellPhone', digits]
];

let tenant;
const loaded = new Map();

beforeAll(async () => {
  tenant = await startTestTenant();
});
afterAll(() => tenant.close());

const GRAPH_FIELDS = 'displayName,givenName,surname,jobTitle,department,officeLocation,businessPhones,mail,mobilePhone,preferredLanguage';

/** What each side says about the persona, read over HTTP with its failure flags switched off. */
async function persona(name) {
  if (!loaded.has(name)) {
    loaded.set(name, (async () => {
      await tenant.setBehaviour(name, { graphStatus: null, graphThrottleCount: 0, sharePointStatus: null });
      const urls = tenant.persona(name);
      const entraUser = await (await fetch(`${urls.graph}/v1.0/me?$select=${GRAPH_FIELDS}`)).json();
      const profile = await (
        await fetch(`${urls.sp}/_api/SP.UserProfiles.PeopleManager/GetMyProperties`, { headers: { Accept: 'application/json;odata=nometadata' } })
      ).json();
      const fields = Object.fromEntries(profile.UserProfileProperties.map(({ Key, Value }) => [Key, Value]));
      const photo = await fetch(`${urls.graph}/v1.0/me/photo/$value`);
      const photoBytes = photo.ok ? Buffer.from(await photo.arrayBuffer()) : null;
      return { entraUser, profile, fields, photoBytes, details: await tenant.details(name) };
    })());
  }
  return loaded.get(name);
}

/** The Graph fields whose value differs from SharePoint's after normalising. */
function differingFields(p) {
  return MAPPINGS.filter(([field, key, normalise, read]) => {
    const graphValue = read ? read(p.entraUser) : p.entraUser[field];
    return normalise(graphValue) !== normalise(p.fields[key]);
  }).map(([field]) => field);
}

async function decodes(bytes) {
  try {
    return await decodePicture(bytes);
  } catch {
    return null;
  }
}

test('the personas are exactly the named ones, each with a name to show and a one-sentence description', async () => {
  const personas = await (await fetch(`${tenant.url}/__tenant/personas`)).json();
  expect(personas.map((p) => p.name)).toEqual(NAMES);
  for (const p of personas) {
    expect(p.displayName).toEqual(expect.any(String));
    expect(p.description).toMatch(/^[A-Z].{10,140}\.$/);
  }
});

test('every persona with a Microsoft 365 photo has a photo of its own', async () => {
  const hashes = [];
  for (const name of NAMES) {
    const p = await persona(name);
    if (p.details.microsoft365PhotoSha256) hashes.push(p.details.microsoft365PhotoSha256);
  }
  expect(new Set(hashes).size).toBe(hashes.length);
});

test('in-sync: same photo, and values differ only in formatting the web part must accept', async () => {
  const p = await persona('in-sync');
  expect(p.details.sharePointPhotoSourceSha256).toBe(p.details.microsoft365PhotoSha256);
  expect(differingFields(p)).toEqual([]);
  const { fields } = p;
  expect(fields.WorkEmail).not.toBe(p.entraUser.mail);
  expect(fields.WorkPhone).not.toBe(p.entraUser.businessPhones[0]);
  expect(fields.PreferredName).not.toBe(p.entraUser.displayName);
});

test.each([
  ['property-drift', ['jobTitle', 'department', 'officeLocation', 'businessPhones']],
  ['mobile-only-differs', ['mobilePhone']],
  ['photo-not-in-sharepoint', []],
  ['old-photo-in-sharepoint', []]
])('%s: the fields that differ are %j', async (name, fields) => {
  const p = await persona(name);
  expect(differingFields(p)).toEqual(fields);
});

test.each([
  ['in-sync', 'same'],
  ['photo-not-in-sharepoint', 'placeholder'],
  ['old-photo-in-sharepoint', 'different'],
  ['no-photo-anywhere', 'neither'],
  ['photo-removed-from-microsoft365', 'sharePointOnly'],
  ['property-drift', 'same'],
  ['mobile-only-differs', 'same'],
  ['graph-throttled', 'same'],
  ['corrupt-microsoft365-photo', 'different'],
  ['oversized-microsoft365-photo', 'placeholder']
])('%s: photos are %s', async (name, expected) => {
  const p = await persona(name);
  const m365 = p.details.microsoft365PhotoSha256;
  const sp = p.details.sharePointPhotoSourceSha256;
  const actual = !m365 && !sp ? 'neither' : !sp ? 'placeholder' : !m365 ? 'sharePointOnly' : m365 === sp ? 'same' : 'different';
  expect(actual).toBe(expected);
  expect(p.fields['SPS-PicturePlaceholderState']).toBe(sp ? '0' : '1');
  expect(p.fields.PictureURL === '').toBe(!sp);
});

test('corrupt-microsoft365-photo: the bytes are not an image, SharePoint has a real one', async () => {
  const p = await persona('corrupt-microsoft365-photo');
  expect(p.photoBytes.length).toBeGreaterThan(1000);
  expect(await decodes(p.photoBytes)).toBeNull();
  const sharePointPhoto = await fetch(p.fields.PictureURL);
  expect(await decodes(Buffer.from(await sharePointPhoto.arrayBuffer()))).not.toBeNull();
});

test('oversized-microsoft365-photo: a 648x648 JPEG over 5,000,000 bytes that still decodes', async () => {
  const p = await persona('oversized-microsoft365-photo');
  expect(p.photoBytes.length).toBeGreaterThan(5000000);
  const image = await decodes(p.photoBytes);
  expect([image.bitmap.width, image.bitmap.height]).toEqual([648, 648]);
});

test('hostile-profile: every free-text field on both sides holds markup, and some differ', async () => {
  const p = await persona('hostile-profile');
  const user = p.entraUser;
  for (const field of ['displayName', 'givenName', 'surname', 'jobTitle', 'department', 'officeLocation', 'mobilePhone', 'preferredLanguage']) {
    expect(user[field]).toMatch(/<|>/);
  }
  expect(user.businessPhones[0]).toMatch(/</);
  for (const key of ['PreferredName', 'FirstName', 'LastName', 'SPS-JobTitle', 'Department', 'Office', 'WorkPhone', 'CellPhone']) {
    expect(p.fields[key]).toMatch(/<|>/);
  }
  expect(p.profile.DisplayName).toMatch(/<script>/);
  expect(differingFields(p)).toEqual(expect.arrayContaining(['jobTitle', 'officeLocation']));
  expect(p.fields.PictureURL).toBe('javascript:alert(1)');
  expect(p.profile.PictureUrl).toBe('javascript:alert(1)');
  expect(p.fields['SPS-PicturePlaceholderState']).toBe('0');
  expect(p.photoBytes).not.toBeNull();
});
