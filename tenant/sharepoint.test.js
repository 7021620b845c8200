'use strict';

const { useTestTenant } = require('./testTenant');
const { decodePicture } = require('./pictureDecoder');

jest.setTimeout(30000);

const tenant = useTestTenant({ reset: false });

const GET_MY_PROPERTIES = '_api/SP.UserProfiles.PeopleManager/GetMyProperties';

function getMyProperties(name, accept, query = '') {
  return fetch(`${tenant.persona(name).sp}/${GET_MY_PROPERTIES}${query}`, accept ? { headers: { Accept: accept } } : {});
}

const propertyValue = (properties, key) => properties.find((p) => p.Key === key).Value;

/** The user's Entra object id, which SharePoint Online names the picture files after. */
async function objectIdOf(name) {
  return (await (await fetch(`${tenant.persona(name).graph}/v1.0/me`)).json()).id;
}

describe('GetMyProperties', () => {
  test('minimal (application/json, what PnPjs sends): flat fields plus odata annotations', async () => {
    const response = await getMyProperties('in-sync', 'application/json');
    expect(response.headers.get('content-type')).toMatch(/^application\/json;odata=minimal/);
    const json = await response.json();
    expect(json['odata.type']).toBe('SP.UserProfiles.PersonProperties');
    expect(json['odata.metadata']).toMatch(/\/_api\/\$metadata#SP\.ApiData\.PersonPropertiess\/@Element$/);
    expect(json['odata.id']).toMatch(/GetMyProperties$/);
    expect(json['odata.editLink']).toBe('SP.UserProfiles.PeopleManager/GetMyProperties');
    expect(json.AccountName).toBe('i:0#.f|membership|ingrid.solberg@contoso.example');
    expect(json.Title).toBe('Marketing Manager');
    expect(json.IsFollowed).toBe(false);
    expect(Array.isArray(json.UserProfileProperties)).toBe(true);
    expect(json.UserProfileProperties[0]).toEqual({ Key: 'UserProfile_GUID', Value: expect.stringMatching(/^[0-9a-f-]{36}$/), ValueType: 'Edm.String' });
  });

  test('nometadata: flat fields only', async () => {
    const response = await getMyProperties('in-sync', 'application/json;odata=nometadata');
    expect(response.headers.get('content-type')).toMatch(/^application\/json;odata=nometadata/);
    const json = await response.json();
    expect(Object.keys(json).filter((k) => k.startsWith('odata.'))).toEqual([]);
    expect(Object.keys(json)).toEqual([
      'AccountName', 'DirectReports', 'DisplayName', 'Email', 'ExtendedManagers', 'ExtendedReports', 'IsFollowed',
      'LatestPost', 'Peers', 'PersonalSiteHostUrl', 'PersonalUrl', 'PictureUrl', 'Title', 'UserProfileProperties', 'UserUrl'
    ]);
    expect(json.ExtendedManagers).toEqual(['i:0#.f|membership|nadia.okonkwo@contoso.example']);
  });

  test('verbose: d, __metadata and collections as results', async () => {
    const response = await getMyProperties('in-sync', 'application/json;odata=verbose');
    expect(response.headers.get('content-type')).toMatch(/^application\/json;odata=verbose/);
    const { d } = await response.json();
    expect(d.__metadata.type).toBe('SP.UserProfiles.PersonProperties');
    expect(d.__metadata.uri).toMatch(/GetMyProperties$/);
    expect(d.Peers).toEqual({ __metadata: { type: 'Collection(Edm.String)' }, results: [] });
    const first = d.UserProfileProperties.results[0];
    expect(first.__metadata).toEqual({ type: 'SP.KeyValue' });
    expect(first.ValueType).toBe('Edm.String');
  });

  test('the profile records the photo: PictureURL named after the object id, top-level PictureUrl null beside it', async () => {
    const json = await (await getMyProperties('in-sync', 'application/json;odata=nometadata')).json();
    const props = json.UserProfileProperties;
    const pictureURL = propertyValue(props, 'PictureURL');
    const objectId = await objectIdOf('in-sync');
    expect(objectId).toMatch(/^[0-9a-f-]{36}$/);
    expect(pictureURL).toBe(`${tenant.persona('in-sync').my}/User%20Photos/Profile%20Pictures/${objectId}_MThumb.jpg`);
    expect(json.PictureUrl).toBeNull();
    expect(propertyValue(props, 'SPS-PictureTimestamp')).toMatch(/^\d{11}$/);
    expect(propertyValue(props, 'SPS-PicturePlaceholderState')).toBe('0');
    expect(propertyValue(props, 'SPS-PictureExchangeSyncState')).toBe('1');
    expect(propertyValue(props, 'Fax')).toBe('');
    const rendition = await fetch(pictureURL);
    expect(rendition.headers.get('content-type')).toBe('image/jpeg');
    expect((await decodePicture(Buffer.from(await rendition.arrayBuffer()))).bitmap.width).toBe(72);
  });

  test('a user without a SharePoint photo: PictureUrl null, PictureURL empty, placeholder state 1', async () => {
    const json = await (await getMyProperties('photo-not-in-sharepoint', 'application/json;odata=nometadata')).json();
    expect(json.PictureUrl).toBeNull();
    expect(propertyValue(json.UserProfileProperties, 'PictureURL')).toBe('');
    expect(propertyValue(json.UserProfileProperties, 'SPS-PicturePlaceholderState')).toBe('1');
  });

  test.each(['$select', '%24select'])('honours %s, case-insensitively', async (param) => {
    const json = await (await getMyProperties('in-sync', 'application/json;odata=nometadata', `?${param}=displayname,PictureUrl`)).json();
    expect(Object.keys(json)).toEqual(['DisplayName', 'PictureUrl']);
  });

  test('an unknown $select property is a 400 in SharePoint\'s error shape', async () => {
    const response = await getMyProperties('in-sync', 'application/json', '?$select=Nope');
    expect(response.status).toBe(400);
    const json = await response.json();
    expect(json['odata.error'].message.value).toMatch(/'Nope' does not exist/);
    expect(json['odata.error'].code).toMatch(/InvalidClientQueryException/);
  });

  test('contextinfo only answers POST', async () => {
    const response = await fetch(`${tenant.persona('in-sync').sp}/_api/contextinfo`, { headers: { Accept: 'application/json' } });
    expect(response.status).toBe(405);
    expect((await response.json())['odata.error'].message.value).toMatch(/HTTP method 'GET'/);
  });

  test('an unknown endpoint is a 404 in SharePoint\'s error shape', async () => {
    const response = await fetch(`${tenant.persona('in-sync').sp}/_api/SP.UserProfiles.PeopleManager/Nope`, { headers: { Accept: 'application/json;odata=verbose' } });
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toMatch(/ResourceNotFoundException/);
  });
});

describe('contextinfo', () => {
  test('minimal: a form digest and its timeout at the top level, as PnPjs reads them', async () => {
    const response = await fetch(`${tenant.persona('in-sync').sp}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json' } });
    const json = await response.json();
    expect(json.FormDigestValue).toMatch(/^0x[0-9A-F]{128},\d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} -0000$/);
    expect(json.FormDigestTimeoutSeconds).toBe(1800);
    expect(json.WebFullUrl).toBe(tenant.persona('in-sync').sp);
  });

  test('verbose: d.GetContextWebInformation', async () => {
    const response = await fetch(`${tenant.persona('in-sync').sp}/_api/contextinfo`, {
      method: 'POST',
      headers: { Accept: 'application/json;odata=verbose' }
    });
    const info = (await response.json()).d.GetContextWebInformation;
    expect(info.__metadata.type).toBe('SP.ContextWebInformation');
    expect(info.FormDigestValue).toMatch(/^0x[0-9A-F]{128},/);
    expect(info.SupportedSchemaVersions.results).toEqual(['14.0.0.0', '15.0.0.0']);
  });
});

describe('userphoto.aspx (followed to its CDN copy)', () => {
  const userPhoto = (name, query) => fetch(`${tenant.persona(name).sp}/_layouts/15/userphoto.aspx?${query}`);

  test.each([
    ['S', 48],
    ['M', 72],
    ['L', 200]
  ])('size=%s serves the %i px rendition for the own account, e-mail matched case-insensitively', async (size, width) => {
    const response = await userPhoto('in-sync', `size=${size}&accountname=INGRID.SOLBERG%40contoso.example&t=1`);
    expect(response.status).toBe(200);
    expect(response.redirected).toBe(true);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
    expect((await decodePicture(Buffer.from(await response.arrayBuffer()))).bitmap.width).toBe(width);
  });

  test('the placeholder silhouette for a user without a photo', async () => {
    const response = await userPhoto('no-photo-anywhere', 'size=L&accountname=lukas.becker@contoso.example');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    const image = await decodePicture(Buffer.from(await response.arrayBuffer()));
    const [r, g, b] = image.bitmap.data;
    expect(r).toBe(g);
    expect(g).toBe(b);
  });

  test('another account is a 404', async () => {
    expect((await userPhoto('in-sync', 'size=M&accountname=daniel.mensah@contoso.example')).status).toBe(404);
    expect((await userPhoto('in-sync', 'size=M')).status).toBe(404);
  });

  test('with userPhotoRedirects it redirects to the My Site rendition', async () => {
    await tenant.setBehaviour('property-drift', { userPhotoRedirects: true });
    const response = await fetch(`${tenant.persona('property-drift').sp}/_layouts/15/userphoto.aspx?size=S&accountname=kenji.watanabe@contoso.example`, {
      redirect: 'manual'
    });
    expect(response.status).toBe(302);
    const objectId = await objectIdOf('property-drift');
    expect(response.headers.get('location')).toMatch(new RegExp(`/u/property-drift/my/User%20Photos/Profile%20Pictures/${objectId}_SThumb\\.jpg\\?t=\\d+$`));
    const followed = await fetch(response.headers.get('location'));
    expect(followed.headers.get('content-type')).toBe('image/jpeg');
  });
});

describe('My Site host', () => {
  test('serves only the persona\'s own renditions', async () => {
    const my = tenant.persona('in-sync').my;
    const files = `${my}/User%20Photos/Profile%20Pictures`;
    expect((await fetch(`${files}/${await objectIdOf('in-sync')}_LThumb.jpg`)).status).toBe(200);
    expect((await fetch(`${files}/${(await objectIdOf('in-sync')).toUpperCase()}_LThumb.jpg`)).status).toBe(200);
    // Files are named after the object id now, not the account.
    expect((await fetch(`${files}/ingrid_solberg_contoso_example_LThumb.jpg`)).status).toBe(404);
    expect((await fetch(`${files}/${await objectIdOf('photo-not-in-sharepoint')}_LThumb.jpg`)).status).toBe(404);
    const noPhoto = `${tenant.persona('no-photo-anywhere').my}/User%20Photos/Profile%20Pictures/${await objectIdOf('no-photo-anywhere')}_LThumb.jpg`;
    expect((await fetch(noPhoto)).status).toBe(404);
  });
});

describe('sharepoint-unavailable', () => {
  test.each([
    ['GET', `/sp/${GET_MY_PROPERTIES}`],
    ['POST', '/sp/_api/contextinfo'],
    ['POST', '/sp/_api/SP.UserProfiles.PeopleManager/SetMyProfilePicture'],
    ['GET', '/sp/_layouts/15/userphoto.aspx?size=M&accountname=mateo.rossi@contoso.example'],
    ['GET', '/sp/_vti_bin/afdcache.ashx/_userprofile/userphoto.jpg?_oat_=x&size=M&accountName=mateo.rossi@contoso.example'],
    ['GET', '/my/User%20Photos/Profile%20Pictures/mateo_rossi_contoso_example_MThumb.jpg']
  ])('%s %s answers 503 with Retry-After', async (method, path) => {
    const response = await fetch(`${tenant.url}/u/sharepoint-unavailable${path}`, { method, headers: { Accept: 'application/json' } });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('1');
    if (path.includes('/_api/')) expect((await response.json())['odata.error'].message.value).toMatch(/unavailable/);
  });

  test('while Graph answers', async () => {
    expect((await fetch(`${tenant.persona('sharepoint-unavailable').graph}/v1.0/me`)).status).toBe(200);
  });
});

test('hostile-profile: the picture URLs are javascript: URLs with placeholder state 0', async () => {
  const json = await (await getMyProperties('hostile-profile', 'application/json;odata=nometadata')).json();
  expect(json.PictureUrl).toBe('javascript:alert(1)');
  expect(propertyValue(json.UserProfileProperties, 'PictureURL')).toBe('javascript:alert(1)');
  expect(propertyValue(json.UserProfileProperties, 'SPS-PicturePlaceholderState')).toBe('0');
  expect(json.DisplayName).toContain('<script>alert(1)</script>');
});
