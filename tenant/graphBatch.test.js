'use strict';

const { useTestTenant } = require('./testTenant');
const { decodePicture } = require('./pictureDecoder');

jest.setTimeout(30000);

const tenant = useTestTenant();

function batch(name, requests) {
  return fetch(`${tenant.persona(name).graph}/v1.0/$batch`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ requests })
  });
}

const get = (id, url) => ({ id, method: 'GET', url });

test('answers each request: JSON bodies as objects, photo bytes base64-encoded', async () => {
  const response = await batch('in-sync', [
    get('me', '/me?$select=displayName,department'),
    get('meta', 'me/photo'),
    get('bytes', '/me/photos/48x48/$value'),
    get('missing', '/me/photos/1024x1024/$value')
  ]);
  expect(response.status).toBe(200);
  const { responses } = await response.json();
  const byId = Object.fromEntries(responses.map((r) => [r.id, r]));
  expect(byId.me).toMatchObject({ status: 200, body: { displayName: 'Ingrid Solberg', department: 'Marketing' } });
  expect(byId.me.headers['Content-Type']).toMatch(/^application\/json/);
  expect(byId.meta.body.id).toBe('648x648');
  expect(byId.bytes).toMatchObject({ status: 200, headers: { 'Content-Type': 'image/jpeg' } });
  expect(typeof byId.bytes.body).toBe('string');
  const fromBatch = Buffer.from(byId.bytes.body, 'base64');
  const direct = Buffer.from(await (await fetch(`${tenant.persona('in-sync').graph}/v1.0/me/photos/48x48/$value`)).arrayBuffer());
  expect(fromBatch.equals(direct)).toBe(true);
  expect((await decodePicture(fromBatch)).bitmap.width).toBe(48);
  expect(byId.missing.status).toBe(404);
  expect(byId.missing.body.error.code).toBe('ImageNotFound');
});

test('more than 20 requests is a 400', async () => {
  const requests = Array.from({ length: 21 }, (_, i) => get(String(i), '/me'));
  const response = await batch('in-sync', requests);
  expect(response.status).toBe(400);
  expect((await response.json()).error.message).toMatch(/limit of 20/);
  expect((await batch('in-sync', requests.slice(0, 20))).status).toBe(200);
});

test.each([
  ['not JSON', 'nope'],
  ['no requests', '{}'],
  ['duplicate ids', JSON.stringify({ requests: [get('1', '/me'), get('1', '/me/photo')] })]
])('%s is a 400', async (what, body) => {
  const response = await fetch(`${tenant.persona('in-sync').graph}/v1.0/$batch`, { method: 'POST', body, headers: { 'Content-Type': 'application/json' } });
  expect(response.status).toBe(400);
  expect((await response.json()).error.code).toBe('BadRequest');
});

test('graph-permission-missing: the batch succeeds, each response is a 403', async () => {
  const response = await batch('graph-permission-missing', [get('1', '/me'), get('2', '/me/photo/$value')]);
  expect(response.status).toBe(200);
  const { responses } = await response.json();
  expect(responses.map((r) => [r.status, r.body.error.code])).toEqual([
    [403, 'Authorization_RequestDenied'],
    [403, 'Authorization_RequestDenied']
  ]);
});

test('graph-throttled: a throttled batch is one 429 as a whole, and counts as one request', async () => {
  const requests = [get('1', '/me'), get('2', '/me/photo')];
  const first = await batch('graph-throttled', requests);
  expect(first.status).toBe(429);
  expect(first.headers.get('retry-after')).toBe('1');
  expect((await batch('graph-throttled', requests)).status).toBe(429);
  const third = await batch('graph-throttled', requests);
  expect(third.status).toBe(200);
  expect((await third.json()).responses.map((r) => r.status)).toEqual([200, 200]);
  expect((await tenant.details('graph-throttled')).requests.graph).toBe(3);
});
