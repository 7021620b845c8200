'use strict';

// The one place where reading the endpoints is right: what /__tenant/organisation expects must be
// what a straightforward reading of Graph and SharePoint gives, with the README's comparison rules.

const { useTestTenant } = require('../testTenant');

jest.setTimeout(120000);

const tenant = useTestTenant();

const SELECT = 'id,displayName,userPrincipalName,mail,accountEnabled,userType,givenName,surname,jobTitle,department,officeLocation,businessPhones,mobilePhone';

// README "How it decides": NFC, trimmed, spaces collapsed; e-mail any case; phones by digits and a leading +.
const text = (v) => (typeof v === 'string' ? v.normalize('NFC').replace(/\s+/g, ' ').trim() : '');
const phone = (v) => (text(v).startsWith('+') ? '+' : '') + text(v).replace(/\D/g, '');
const FIELDS = [
  ['displayName', 'PreferredName', text, true], ['givenName', 'FirstName', text, true], ['surname', 'LastName', text, true],
  ['jobTitle', 'SPS-JobTitle', text, true], ['department', 'Department', text, true], ['officeLocation', 'Office', text, true],
  ['businessPhones', 'WorkPhone', phone, true], ['mail', 'WorkEmail', (v) => text(v).toLowerCase(), true],
  ['mobilePhone', 'CellPhone', phone, false]
];

async function json(url, init) {
  const response = await fetch(url, init);
  return { status: response.status, body: await response.json() };
}

async function readUsers(firstUrl) {
  const users = [];
  for (let url = firstUrl; url;) {
    const page = (await json(url, { headers: { ConsistencyLevel: 'eventual' } })).body;
    users.push(...page.value);
    url = page['@odata.nextLink'];
  }
  return users;
}

async function photoStates(graph, users) {
  const states = new Map();
  for (let start = 0; start < users.length; start += 20) {
    const requests = users.slice(start, start + 20).map((u) => ({ id: u.id, method: 'GET', url: `/users/${u.id}/photo` }));
    const { body } = await json(`${graph}/v1.0/$batch`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ requests }) });
    for (const r of body.responses) {
      states.set(r.id, r.status === 200 ? 'photo' : ['ImageNotFound', 'ErrorEntityNotFound', 'ErrorItemNotFound'].includes(r.body.error.code) ? 'none' : 'unknown');
    }
  }
  return states;
}

/** Counts the way the contract says a scan counts, from the endpoints' answers. */
async function countFromEndpoints(usersUrl, { includeGuests = false, includeDisabled = false } = {}) {
  const { graph, sp } = tenant.persona('in-sync');
  const users = (await readUsers(usersUrl)).filter((u) => (includeGuests || u.userType !== 'Guest') && (includeDisabled || u.accountEnabled));
  const photos = await photoStates(graph, users);
  const counts = { 'photo-missing-in-sharepoint': 0, 'photo-missing-in-microsoft365': 0, 'photo-unverified': 0, 'property-differs': 0, 'property-not-synced': 0, 'in-sync': 0 };
  for (const user of users) {
    const account = encodeURIComponent(`i:0#.f|membership|${user.userPrincipalName}`);
    const profile = (await json(`${sp}/_api/SP.UserProfiles.PeopleManager/GetPropertiesFor(accountName=@v)?@v='${account}'`, { headers: { Accept: 'application/json;odata=nometadata' } })).body;
    if (!profile.AccountName) continue;
    const keys = Object.fromEntries(profile.UserProfileProperties.map((p) => [p.Key, p.Value]));
    const codes = new Set();
    const inSharePoint = keys['SPS-PicturePlaceholderState'] === '0' && keys.PictureURL !== '';
    const graphPhoto = photos.get(user.id);
    if (graphPhoto === 'unknown') codes.add('photo-unverified');
    else if (graphPhoto === 'photo' && !inSharePoint) codes.add('photo-missing-in-sharepoint');
    else if (graphPhoto === 'none' && inSharePoint) codes.add('photo-missing-in-microsoft365');
    for (const [field, key, form, synced] of FIELDS) {
      const graphValue = field === 'businessPhones' ? user.businessPhones[0] : user[field];
      if (form(graphValue) !== form(keys[key])) codes.add(synced ? 'property-differs' : 'property-not-synced');
    }
    for (const code of codes) counts[code] += 1;
    if (!['photo-missing-in-sharepoint', 'photo-missing-in-microsoft365', 'property-differs'].some((c) => codes.has(c))) counts['in-sync'] += 1;
  }
  return { size: users.length, counts };
}

beforeEach(() => tenant.setOrganisation({ throttle: { graphPer10s: 0, sharePointPer10s: 0 } }));

test('everyone (no guests, no disabled): the expected counts are what the endpoints show, before and after a change', async () => {
  const usersUrl = `${tenant.persona('in-sync').graph}/v1.0/users?$select=${SELECT}&$top=999&$count=true`;
  const before = await tenant.organisation();
  expect(await countFromEndpoints(usersUrl)).toEqual({ size: before.size, counts: before.expected });

  const changed = await tenant.setOrganisation({ change: { fraction: 0.05 } });
  expect(changed.expected['property-differs']).toBeGreaterThan(before.expected['property-differs']);
  expect(await countFromEndpoints(usersUrl)).toEqual({ size: changed.size, counts: changed.expected });
});

test('a group with guests and disabled accounts: the expected counts are what transitiveMembers and the profiles show', async () => {
  const { groupId } = await tenant.organisation();
  const expected = await tenant.organisation({ group: groupId, includeGuests: 'true', includeDisabled: 'true' });
  const membersUrl = `${tenant.persona('in-sync').graph}/v1.0/groups/${groupId}/transitiveMembers/microsoft.graph.user?$select=${SELECT}&$top=50`;
  expect(await countFromEndpoints(membersUrl, { includeGuests: true, includeDisabled: true })).toEqual({ size: expected.size, counts: expected.expected });
});
