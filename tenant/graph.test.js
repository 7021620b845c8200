'use strict';

const { useTestTenant } = require('./testTenant');
const { decodePicture } = require('./pictureDecoder');

jest.setTimeout(30000);

const tenant = useTestTenant();

const graph = (name, path, init) => fetch(`${tenant.persona(name).graph}/v1.0/${path}`, init);
const bytesOf = async (response) => Buffer.from(await response.arrayBuffer());

/** Graph's error shape; `innerExtras` are the innerError fields some errors add (429: code and status). */
function expectGraphError(json, code, innerExtras = {}) {
  expect(json).toEqual({
    error: {
      code,
      message: expect.any(String),
      innerError: { ...innerExtras, date: expect.any(String), 'request-id': expect.any(String), 'client-request-id': expect.any(String) }
    }
  });
}

const IMAGE_NOT_FOUND = "Exception of type 'Microsoft.Fast.Profile.Core.Exception.ImageNotFoundException' was thrown.";
const THROTTLED_INNER = { code: '429', status: '429', message: 'Please retry after' };

describe('/me', () => {
  test('answers the default fields, without department', async () => {
    const response = await graph('in-sync', 'me');
    expect(response.headers.get('content-type')).toMatch(/^application\/json;odata\.metadata=minimal/);
    const json = await response.json();
    expect(Object.keys(json)).toEqual([
      '@odata.context', 'businessPhones', 'displayName', 'givenName', 'id', 'jobTitle', 'mail', 'mobilePhone',
      'officeLocation', 'preferredLanguage', 'surname', 'userPrincipalName'
    ]);
    expect(json['@odata.context']).toBe(`${tenant.persona('in-sync').graph}/v1.0/$metadata#users/$entity`);
    expect(json.businessPhones).toEqual(['+1 425 555 0142']);
  });

  test.each(['$select', '%24select'])('honours %s, department included', async (param) => {
    const json = await (await graph('in-sync', `me?${param}=displayName,department`)).json();
    expect(json).toEqual({
      '@odata.context': expect.stringMatching(/\$metadata#users\(displayName,department\)\/\$entity$/),
      displayName: 'Ingrid Solberg',
      department: 'Marketing'
    });
  });

  test('a property Graph does not have is a 400', async () => {
    const response = await graph('in-sync', 'me?$select=displayName,favouriteColour');
    expect(response.status).toBe(400);
    expectGraphError(await response.json(), 'BadRequest');
  });

  test('the manager is a user object, or 404 when there is none', async () => {
    const manager = await (await graph('in-sync', 'me/manager')).json();
    expect(manager['@odata.type']).toBe('#microsoft.graph.user');
    expect(manager.userPrincipalName).toBe('nadia.okonkwo@contoso.example');
    const none = await graph('no-photo-anywhere', 'me/manager');
    expect(none.status).toBe(404);
    expectGraphError(await none.json(), 'Request_ResourceNotFound');
  });
});

describe('/me/photo', () => {
  test('metadata: JPEG 648x648 with a hash-based etag that matches the bytes\' ETag', async () => {
    const json = await (await graph('in-sync', 'me/photo')).json();
    expect(json).toEqual({
      '@odata.context': expect.stringMatching(/\$metadata#users\('[0-9a-f-]+'\)\/photo\/\$entity$/),
      '@odata.mediaContentType': 'image/jpeg',
      '@odata.mediaEtag': expect.stringMatching(/^"[0-9A-F]{8}"$/),
      id: '648x648',
      width: 648,
      height: 648
    });
    const value = await graph('in-sync', 'me/photo/$value');
    expect(value.headers.get('content-type')).toBe('image/jpeg');
    expect(value.headers.get('etag')).toBe(json['@odata.mediaEtag']);
    const image = await decodePicture(await bytesOf(value));
    expect(image.bitmap.width).toBe(648);
    const other = await (await graph('property-drift', 'me/photo')).json();
    expect(other['@odata.mediaEtag']).not.toBe(json['@odata.mediaEtag']);
  });

  test.each(['me/photo', 'me/photo/$value', 'me/photos/48x48/$value'])('no photo: %s is 404 ImageNotFound by default', async (path) => {
    const response = await graph('photo-removed-from-microsoft365', path);
    expect(response.status).toBe(404);
    const json = await response.json();
    expectGraphError(json, 'ImageNotFound');
    expect(json.error.message).toBe(IMAGE_NOT_FOUND);
  });

  test.each([
    ['ErrorEntityNotFound', IMAGE_NOT_FOUND],
    ['ErrorItemNotFound', "The photo wasn't found."],
    ['ImageNotFound', IMAGE_NOT_FOUND]
  ])('graphNoPhotoCode %s: the 404 for no photo says %s', async (code, message) => {
    await tenant.setBehaviour('no-photo-anywhere', { graphNoPhotoCode: code });
    const response = await graph('no-photo-anywhere', 'me/photo');
    expect(response.status).toBe(404);
    const json = await response.json();
    expectGraphError(json, code);
    expect(json.error.message).toBe(message);
  });

  test.each([
    ['48x48', 48],
    ['96x96', 96],
    ['240', 240],
    ['648x648', 648]
  ])('photos/%s/$value is a %i px JPEG', async (size, width) => {
    const response = await graph('in-sync', `me/photos/${size}/$value`);
    expect(response.status).toBe(200);
    const image = await decodePicture(await bytesOf(response));
    expect([image.bitmap.width, image.bitmap.height]).toEqual([width, width]);
  });

  test('photos lists the nine sizes; photos/{size} is their metadata', async () => {
    const list = await (await graph('in-sync', 'me/photos')).json();
    expect(list.value.map((p) => p.id)).toEqual(['48x48', '64x64', '96x96', '120x120', '240x240', '360x360', '432x432', '504x504', '648x648']);
    const one = await (await graph('in-sync', 'me/photos/120x120')).json();
    expect(one).toMatchObject({ id: '120x120', width: 120, height: 120, '@odata.mediaContentType': 'image/jpeg' });
  });

  test.each(['1024x1024', '50x50', '48x64'])('photos/%s (larger than the original, or no such size) is 404', async (size) => {
    const response = await graph('in-sync', `me/photos/${size}/$value`);
    expect(response.status).toBe(404);
    expectGraphError(await response.json(), 'ImageNotFound');
  });

  test('corrupt-microsoft365-photo: metadata says JPEG, but no size is an image', async () => {
    expect(await (await graph('corrupt-microsoft365-photo', 'me/photo')).json()).toMatchObject({ '@odata.mediaContentType': 'image/jpeg', width: 648 });
    for (const path of ['me/photo/$value', 'me/photos/48x48/$value', 'me/photos/648x648/$value']) {
      const response = await graph('corrupt-microsoft365-photo', path);
      expect(response.headers.get('content-type')).toBe('image/jpeg');
      await expect(decodePicture(await bytesOf(response))).rejects.toThrow();
    }
  });

  test('oversized-microsoft365-photo: the original is served as it is, smaller sizes re-encoded', async () => {
    const original = await bytesOf(await graph('oversized-microsoft365-photo', 'me/photo/$value'));
    expect(original.length).toBeGreaterThan(5000000);
    // Buffer#equals: jest's toEqual walks 5 MB byte by byte.
    expect((await bytesOf(await graph('oversized-microsoft365-photo', 'me/photos/648x648/$value'))).equals(original)).toBe(true);
    const small = await bytesOf(await graph('oversized-microsoft365-photo', 'me/photos/96x96/$value'));
    expect(small.length).toBeLessThan(100000);
    expect((await decodePicture(small)).bitmap.width).toBe(96);
  });
});

describe('failures', () => {
  test('graph-permission-missing: every request is 403 Authorization_RequestDenied', async () => {
    for (const path of ['me', 'me/photo', 'me/photo/$value', 'me/manager']) {
      const response = await graph('graph-permission-missing', path);
      expect(response.status).toBe(403);
      const json = await response.json();
      expectGraphError(json, 'Authorization_RequestDenied');
      expect(json.error.message).toBe('Insufficient privileges to complete the operation.');
    }
  });

  test('graph-throttled: the first two requests are 429 with Retry-After: 1, then it answers', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i += 1) {
      const response = await graph('graph-throttled', 'me');
      statuses.push(response.status);
      if (response.status === 429) {
        expect(response.headers.get('retry-after')).toBe('1');
        const json = await response.json();
        expectGraphError(json, 'TooManyRequests', THROTTLED_INNER);
        expect(json.error.message).toBe('Please retry again later.');
      }
    }
    expect(statuses).toEqual([429, 429, 200, 200]);
  });

  test('reset throttles again', async () => {
    await graph('graph-throttled', 'me');
    await graph('graph-throttled', 'me');
    expect((await graph('graph-throttled', 'me')).status).toBe(200);
    await tenant.reset();
    expect((await graph('graph-throttled', 'me')).status).toBe(429);
  });

  test('graphStatus 401: InvalidAuthenticationToken', async () => {
    await tenant.setBehaviour('in-sync', { graphStatus: 401 });
    const response = await graph('in-sync', 'me');
    expect(response.status).toBe(401);
    expectGraphError(await response.json(), 'InvalidAuthenticationToken');
  });

  test('the client-request-id header is echoed in errors', async () => {
    const response = await graph('graph-permission-missing', 'me', { headers: { 'client-request-id': 'abc-123' } });
    expect(response.headers.get('client-request-id')).toBe('abc-123');
    expect((await response.json()).error.innerError['client-request-id']).toBe('abc-123');
  });
});
