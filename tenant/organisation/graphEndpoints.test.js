'use strict';

// The organisation on the fake Graph, read over HTTP as the scan reads it.

const { useTestTenant } = require('../testTenant');

jest.setTimeout(60000);

const tenant = useTestTenant();

const SELECT = 'id,displayName,userPrincipalName,mail,accountEnabled,userType,givenName,surname,jobTitle,department,officeLocation,businessPhones,mobilePhone';
const EVENTUAL = { ConsistencyLevel: 'eventual' };

const graph = (persona = 'in-sync') => tenant.persona(persona).graph;
const get = async (url, headers = {}) => {
  const response = await fetch(url, { headers });
  return { status: response.status, headers: response.headers, json: await response.json() };
};

/** Every page from the first URL on, following @odata.nextLink as the scan does. */
async function allPages(first, headers = EVENTUAL) {
  const pages = [];
  let url = first;
  while (url) {
    const page = await get(url, headers);
    expect(page.status).toBe(200);
    pages.push(page.json);
    url = page.json['@odata.nextLink'];
  }
  return pages;
}

test('/users pages: absolute context naming the selected fields, nextLink repeating the query, count on the first page only', async () => {
  const first = `${graph()}/v1.0/users?$select=${SELECT}&$top=120&$count=true`;
  const pages = await allPages(first);
  expect(pages).toHaveLength(3); // 300 people, 120 a page
  expect(pages[0]['@odata.context']).toBe(`${graph()}/v1.0/$metadata#users(${SELECT})`);
  expect(pages[0]['@odata.count']).toBe(300);
  expect(pages.slice(1).every((p) => !('@odata.count' in p))).toBe(true);
  const link = new URL(pages[0]['@odata.nextLink']);
  expect(`${link.origin}${link.pathname}`).toBe(`${graph()}/v1.0/users`);
  expect(link.searchParams.get('$select')).toBe(SELECT);
  expect(link.searchParams.get('$top')).toBe('120');
  expect(pages[0]['@odata.nextLink']).toMatch(/&\$skiptoken=[A-Za-z0-9_-]+$/);
  expect(Object.keys(pages[2])).not.toContain('@odata.nextLink');
  const everyone = pages.flatMap((p) => p.value);
  expect(new Set(everyone.map((u) => u.id)).size).toBe(300);
  expect(Object.keys(everyone[0])).toEqual(SELECT.split(','));
  expect(everyone.some((u) => u.businessPhones.length === 0)).toBe(true);
  expect(everyone.some((u) => u.officeLocation === null)).toBe(true);
  expect(everyone.some((u) => u.userType === 'Guest' && /#EXT#@/.test(u.userPrincipalName))).toBe(true);
});

test('@odata.count only with ConsistencyLevel: eventual and $count=true', async () => {
  expect((await get(`${graph()}/v1.0/users?$top=5&$count=true`)).json).not.toHaveProperty('@odata.count');
  expect((await get(`${graph()}/v1.0/users?$top=5`, EVENTUAL)).json).not.toHaveProperty('@odata.count');
});

test('a $top over 999 and a skip token that is not Graph\'s are refused as Graph refuses them', async () => {
  expect((await get(`${graph()}/v1.0/users?$top=1000`)).json.error.message).toMatch(/between 1 and 999/);
  const expired = await get(`${graph()}/v1.0/users?$skiptoken=nonsense`);
  expect(expired.status).toBe(400);
  expect(expired.json.error.code).toBe('Directory_ExpiredPageToken');
});

test('transitiveMembers cast to users lists the group\'s people, nested ones included; an unknown group is 404', async () => {
  const { groupId, nestedGroupId } = await tenant.organisation();
  const url = (id) => `${graph()}/v1.0/groups/${id}/transitiveMembers/microsoft.graph.user?$select=id,displayName&$top=999&$count=true`;
  const [members] = await allPages(url(groupId));
  const [nested] = await allPages(url(nestedGroupId));
  expect(members['@odata.count']).toBe(members.value.length);
  expect(nested.value.length).toBeGreaterThan(5);
  expect(members.value.map((u) => u.id)).toEqual(expect.arrayContaining(nested.value.map((u) => u.id)));
  const unknown = await get(url('00000000-0000-0000-0000-000000000000'));
  expect(unknown.status).toBe(404);
  expect(unknown.json.error.code).toBe('Request_ResourceNotFound');
});

test('$batch of photo requests: 200 metadata, 404 no photo, 404 MailboxNotEnabledForRESTAPI, matched by id, not in request order', async () => {
  const ids = (await get(`${graph()}/v1.0/users?$select=id&$top=200`)).json.value.map((u) => u.id);
  const responses = [];
  for (let start = 0; start < ids.length; start += 20) {
    const requests = ids.slice(start, start + 20).map((id, i) => ({ id: String(i + 1), method: 'GET', url: `/users/${id}/photo` }));
    const response = await fetch(`${graph()}/v1.0/$batch`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ requests }) });
    expect(response.status).toBe(200);
    const batch = await response.json();
    expect(batch.responses.map((r) => r.id)).not.toEqual(requests.map((r) => r.id));
    expect(batch.responses.map((r) => r.id).sort()).toEqual(requests.map((r) => r.id).sort());
    responses.push(...batch.responses);
  }
  const statuses = new Set(responses.map((r) => `${r.status} ${r.status === 200 ? r.body['@odata.mediaContentType'] : r.body.error.code}`));
  expect(statuses).toContain('200 image/jpeg');
  expect(statuses).toContain('404 ImageNotFound');
  expect(statuses).toContain('404 MailboxNotEnabledForRESTAPI');
  for (const r of responses) expect(r.headers['Content-Type']).toMatch(/^application\/json/);
});

test('one person opened: the user, the photo metadata and 96x96 bytes with the same etag', async () => {
  const people = (await get(`${graph()}/v1.0/users?$select=id,displayName&$top=50`)).json.value;
  for (const person of people.slice(0, 8)) {
    const photo = await get(`${graph()}/v1.0/users/${person.id}/photo`);
    if (photo.status !== 200) continue;
    const user = await get(`${graph()}/v1.0/users/${person.id}?$select=displayName`);
    expect(user.json.displayName).toBe(person.displayName);
    const bytes = await fetch(`${graph()}/v1.0/users/${person.id}/photos/96x96/$value`);
    expect(bytes.headers.get('content-type')).toBe('image/jpeg');
    expect(bytes.headers.get('etag')).toBe(photo.json['@odata.mediaEtag']);
    expect(Buffer.from(await bytes.arrayBuffer()).subarray(0, 2).toString('hex')).toBe('ffd8');
    return;
  }
  throw new Error('none of the first people has a photo');
});

test('org-permission-missing: /users, transitiveMembers and a user\'s photo are 403 Authorization_RequestDenied; its own /me works', async () => {
  const { groupId } = await tenant.organisation();
  const someone = (await get(`${graph()}/v1.0/users?$top=1`)).json.value[0].id;
  for (const path of ['/v1.0/users?$top=999', `/v1.0/groups/${groupId}/transitiveMembers/microsoft.graph.user`, `/v1.0/users/${someone}/photo`]) {
    const refused = await get(`${graph('org-permission-missing')}${path}`, EVENTUAL);
    expect(refused.status).toBe(403);
    expect(refused.json.error).toMatchObject({ code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' });
  }
  expect((await get(`${graph('org-permission-missing')}/v1.0/me`)).status).toBe(200);
});

test('above the Graph rate: 429 TooManyRequests with Retry-After, whole request in seconds and per $batch item as a fraction', async () => {
  await tenant.setOrganisation({ throttle: { graphPer10s: 20 } });
  const statuses = [];
  for (let i = 0; i < 4; i += 1) statuses.push((await get(`${graph()}/v1.0/users?$top=1`)).status);
  const someone = (await get(`${graph()}/v1.0/users?$top=1`)).json;
  expect(statuses).toEqual([200, 200, 200, 200]);
  const requests = Array.from({ length: 20 }, (_, i) => ({ id: String(i + 1), method: 'GET', url: `/users/${someone.value[0].id}/photo` }));
  const batch = await (await fetch(`${graph()}/v1.0/$batch`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ requests }) })).json();
  const throttled = batch.responses.filter((r) => r.status === 429);
  expect(throttled).toHaveLength(20 - (20 - 5));
  expect(throttled[0].headers['Retry-After']).toMatch(/^\d+(\.\d+)?$/);
  expect(throttled[0].body.error.code).toBe('TooManyRequests');
  const whole = await fetch(`${graph()}/v1.0/users?$top=1`);
  expect(whole.status).toBe(429);
  expect(whole.headers.get('retry-after')).toMatch(/^\d+$/);
  const traffic = await (await fetch(`${tenant.url}/__tenant/organisation/traffic`)).json();
  expect(traffic.graph).toEqual({ requests: 26, peakPer10s: 20, throttled: 1 + throttled.length });
});
