'use strict';

// The organisation on the fake SharePoint: GetPropertiesFor alone and inside $batch, with real PnPjs.

const path = require('path');
const { execFile } = require('child_process');
const { useTestTenant } = require('../testTenant');

jest.setTimeout(60000);

const tenant = useTestTenant();

const site = (persona = 'in-sync') => tenant.persona(persona).sp;
const claim = (upn) => `i:0#.f|membership|${upn}`;
const getPropertiesForUrl = (upn, persona) =>
  `${site(persona)}/_api/sp.userprofiles.peoplemanager/getpropertiesfor(accountName=@v)?@v='${encodeURIComponent(claim(upn))}'`;

async function everyone() {
  const response = await fetch(`${tenant.persona('in-sync').graph}/v1.0/users?$select=id,userPrincipalName,jobTitle&$top=999`);
  return (await response.json()).value;
}

function runPnpjsBatch(siteUrl, maxRequests, accounts) {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [path.join(__dirname, '..', 'pnpjsBatchClient.mjs'), siteUrl, String(maxRequests), ...accounts], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(JSON.parse(stdout))
    );
  });
}

const valueOf = (profile, key) => (profile.UserProfileProperties.find((p) => p.Key === key) || {}).Value;

test('GetPropertiesFor answers a person\'s profile as SharePoint does: string values, the Graph id, PictureUrl with ?t=', async () => {
  const people = await everyone();
  for (const person of people.slice(0, 30)) {
    const response = await fetch(getPropertiesForUrl(person.userPrincipalName), { headers: { Accept: 'application/json;odata=nometadata' } });
    expect(response.status).toBe(200);
    const profile = await response.json();
    if (!profile.AccountName) continue; // no profile yet (tested below)
    expect(profile.AccountName).toBe(claim(person.userPrincipalName));
    expect(profile.UserProfileProperties.every((p) => typeof p.Value === 'string')).toBe(true);
    expect(valueOf(profile, 'msOnline-ObjectId')).toBe(person.id);
    expect(valueOf(profile, 'SPS-HideFromAddressLists')).toBe('False');
    if (valueOf(profile, 'SPS-PicturePlaceholderState') === '0') {
      expect(valueOf(profile, 'SPS-PictureTimestamp')).toMatch(/^6\d{10}$/);
      expect(profile.PictureUrl).toBe(`${valueOf(profile, 'PictureURL')}?t=${valueOf(profile, 'SPS-PictureTimestamp')}`);
      expect(new URL(profile.PictureUrl).port).not.toBe('');
      return;
    }
  }
  throw new Error('none of the first 30 people has a SharePoint photo');
});

test('an account with no SharePoint profile yet: 200 with empty collections and no AccountName (or odata.null, as a flag)', async () => {
  const headers = { Accept: 'application/json;odata=nometadata' };
  const missing = await (await fetch(getPropertiesForUrl('nobody.here@contoso.example'), { headers })).json();
  expect(missing).toEqual({ DirectReports: [], ExtendedManagers: [], ExtendedReports: [], IsFollowed: false, LatestPost: null, Peers: [], UserProfileProperties: [] });
  await tenant.setBehaviour('in-sync', { missingProfileAnswer: 'null' });
  expect(await (await fetch(getPropertiesForUrl('nobody.here@contoso.example'), { headers })).json()).toEqual({ 'odata.null': true });
});

test('PnPjs sp.batched() with 100 getPropertiesFor calls: one $batch, every answer parsed, values right', async () => {
  const people = (await everyone()).slice(0, 100);
  const { executed, results } = await runPnpjsBatch(site(), 100, people.map((p) => claim(p.userPrincipalName)));
  expect(executed).toEqual({ ok: true });
  expect(results).toHaveLength(100);
  expect(results.every((r) => r.ok)).toBe(true);
  results.forEach((result, i) => {
    if (!result.value.AccountName) return;
    expect(valueOf(result.value, 'msOnline-ObjectId')).toBe(people[i].id);
  });
  const withProfile = results.filter((r) => r.value.AccountName);
  expect(withProfile.length).toBeGreaterThan(90);
  const log = await tenant.requests('in-sync');
  const batches = log.filter((e) => /\/_api\/\$batch$/.test(e.path));
  expect(batches).toHaveLength(1);
  expect(batches[0].batchItems).toBe(100);
});

test('the $batch answer is written as SharePoint writes it (after a form digest): its own boundary, CRLF, reason phrases, parts in order, final CRLF', async () => {
  const people = (await everyone()).slice(0, 2);
  const urls = [...people.map((p) => getPropertiesForUrl(p.userPrincipalName)), `${site()}/_api/nothing/here`];
  const body = urls.map((u) => `--batch_abc\nContent-Type: application/http\nContent-Transfer-Encoding: binary\n\nGET ${u} HTTP/1.1\nAccept: application/json\n\n`).join('') + '--batch_abc--\n';
  const headers = { 'Content-Type': 'multipart/mixed; boundary=batch_abc' };
  expect((await fetch(`${site()}/_api/$batch`, { method: 'POST', headers, body })).status).toBe(403); // no form digest
  const response = await fetch(`${site()}/_api/$batch`, { method: 'POST', headers: { ...headers, 'X-RequestDigest': await tenant.digest('in-sync') }, body });
  expect(response.status).toBe(200);
  const boundary = /boundary=(batchresponse_[0-9a-f-]{36})$/.exec(response.headers.get('content-type'))[1];
  const text = await response.text();
  expect(text.endsWith(`--${boundary}--\r\n`)).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
  const parts = text.split(`--${boundary}`).slice(1, -1);
  expect(parts).toHaveLength(3);
  expect(parts.map((p) => /HTTP\/1\.1 (\d+ [A-Za-z ]+)\r\n/.exec(p)[1])).toEqual(['200 OK', '200 OK', '404 Not Found']);
  expect(parts[0]).toMatch(/^\r\nContent-Type: application\/http\r\nContent-Transfer-Encoding: binary\r\n\r\nHTTP\/1\.1 200 OK\r\nCONTENT-TYPE: application\/json;odata=minimal/);
  expect(parts.slice(0, 2).map((p) => JSON.parse(p.split('\r\n\r\n')[2]).AccountName)).toEqual(people.map((p) => claim(p.userPrincipalName)));
});

test('above the SharePoint rate: a whole $batch answers 429 with Retry-After, counting each request inside', async () => {
  await tenant.setOrganisation({ throttle: { sharePointPer10s: 30 } });
  const people = (await everyone()).slice(0, 20);
  const first = await runPnpjsBatch(site(), 100, people.map((p) => claim(p.userPrincipalName)));
  expect(first.executed).toEqual({ ok: true });
  const direct = await fetch(getPropertiesForUrl(people[0].userPrincipalName));
  expect(direct.status).toBe(200);
  const raw = `--batch_x\nContent-Type: application/http\nContent-Transfer-Encoding: binary\n\n${people.map((p) => `GET ${getPropertiesForUrl(p.userPrincipalName)} HTTP/1.1\nAccept: application/json\n\n`).join('--batch_x\nContent-Type: application/http\nContent-Transfer-Encoding: binary\n\n')}--batch_x--\n`;
  const headers = { 'Content-Type': 'multipart/mixed; boundary=batch_x', 'X-RequestDigest': await tenant.digest('in-sync') };
  const throttled = await fetch(`${site()}/_api/$batch`, { method: 'POST', headers, body: raw });
  expect(throttled.status).toBe(429);
  expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  const traffic = await (await fetch(`${tenant.url}/__tenant/organisation/traffic`)).json();
  expect(traffic.sharePoint).toEqual({ requests: 41, peakPer10s: 21, throttled: 20 });
});

test('userphoto.aspx for an organisation person redirects to the CDN copy, which serves their photo', async () => {
  const people = await everyone();
  for (const person of people.slice(0, 20)) {
    const profile = await (await fetch(getPropertiesForUrl(person.userPrincipalName), { headers: { Accept: 'application/json;odata=nometadata' } })).json();
    if (!profile.AccountName || valueOf(profile, 'SPS-PicturePlaceholderState') !== '0') continue;
    const page = await fetch(`${site()}/_layouts/15/userphoto.aspx?size=M&accountname=${encodeURIComponent(person.userPrincipalName)}`, { redirect: 'manual' });
    expect(page.status).toBe(302);
    const photo = await fetch(new URL(page.headers.get('location'), site()));
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/jpeg');
    return;
  }
  throw new Error('none of the first 20 people has a SharePoint photo');
});

test('SharePoint\'s 5-minute limit plays on the test clock: refused until the clock moves 5 minutes on, then answered', async () => {
  await tenant.setOrganisation({ throttle: { sharePointPer5min: 2 } });
  const [a, b] = await everyone();
  expect((await fetch(getPropertiesForUrl(a.userPrincipalName))).status).toBe(200);
  expect((await fetch(getPropertiesForUrl(b.userPrincipalName))).status).toBe(200);
  const refused = await fetch(getPropertiesForUrl(a.userPrincipalName));
  expect(refused.status).toBe(429);
  // The wait is what is left of the 5 minutes, not a short back-off.
  expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(250);
  const before = (await (await fetch(`${tenant.url}/__tenant/clock`)).json()).aheadMs;
  const moved = await fetch(`${tenant.url}/__tenant/clock`, { method: 'POST', body: JSON.stringify({ advanceMs: 5 * 60000 }) });
  expect(await moved.json()).toEqual({ aheadMs: before + 5 * 60000 });
  expect((await fetch(getPropertiesForUrl(a.userPrincipalName))).status).toBe(200);
});

test('the test clock only moves forward, and says so to a test that asks otherwise', async () => {
  const before = await (await fetch(`${tenant.url}/__tenant/clock`)).json();
  const back = await fetch(`${tenant.url}/__tenant/clock`, { method: 'POST', body: JSON.stringify({ advanceMs: -1000 }) });
  expect(back.status).toBe(400);
  expect((await back.json()).error).toContain('only moves forward');
  expect(await (await fetch(`${tenant.url}/__tenant/clock`)).json()).toEqual(before);
});
