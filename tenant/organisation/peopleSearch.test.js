'use strict';

// SharePoint search's people index on the fake tenant: the published answer shape, paging limits,
// partitioning by DocId, duplicates trimming, throttling, and the index's lag behind the profiles.

const path = require('path');
const { execFile } = require('child_process');
const { useTestTenant } = require('../testTenant');

jest.setTimeout(60000);

const tenant = useTestTenant();
const PEOPLE = 'b09a7990-05ea-4af9-81ef-edfab16c4e31';
const site = () => tenant.persona('in-sync').sp;
const post = (urlPath, body) => fetch(`${tenant.url}${urlPath}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
const setOrganisation = async (change) => (await post('/__tenant/organisation', change)).json();

function search(request, accept = 'application/json;odata=nometadata') {
  return fetch(`${site()}/_api/search/postquery`, {
    method: 'POST',
    headers: { Accept: accept, 'Content-Type': 'application/json;charset=utf-8' },
    body: JSON.stringify({ request })
  });
}

const cellsOf = (row) => Object.fromEntries(row.Cells.map((c) => [c.Key, c.Value]));
const SELECT = ['AccountName', 'PreferredName', 'JobTitle', 'Department', 'WorkPhone', 'MobilePhone', 'OfficeNumber', 'WorkEmail', 'PictureURL', 'AADObjectID'];

/** Every row of the people index, partitioned as "Pagination for large result sets" says. */
async function readAll({ rowLimit = 500, trimDuplicates = false } = {}) {
  const rows = [];
  const pageSizes = [];
  let after = null;
  let requests = 0;
  let throttled = 0;
  for (;;) {
    const response = await search({
      Querytext: after === null ? '*' : `IndexDocId>${after} AND (*)`, SourceId: PEOPLE, RowLimit: rowLimit, TrimDuplicates: trimDuplicates,
      SortList: [{ Property: '[DocId]', Direction: 0 }], SelectProperties: SELECT
    });
    requests += 1;
    if (response.status === 429) {
      throttled += 1;
      // Waits out SharePoint's Retry-After on the tenant's test clock.
      await post('/__tenant/clock', { advanceMs: Number(response.headers.get('retry-after')) * 1000 });
      continue;
    }
    expect(response.status).toBe(200);
    const page = (await response.json()).PrimaryQueryResult.RelevantResults.Table.Rows.map(cellsOf);
    if (page.length === 0) return { rows, pageSizes, requests: requests - throttled };
    pageSizes.push(page.length);
    rows.push(...page);
    after = Number(page[page.length - 1].DocId);
  }
}

test('the index answers with the published result table: row cells of Key, Value and ValueType, every value a string, empty ones null', async () => {
  const response = await search({ Querytext: '*', SourceId: PEOPLE, RowLimit: 50, SelectProperties: [...SELECT, 'NoSuchProperty'] });
  expect(response.status).toBe(200);
  const body = await response.json();
  const relevant = body.PrimaryQueryResult.RelevantResults;
  expect(relevant.RowCount).toBe(relevant.Table.Rows.length);
  expect(relevant.RowCount).toBeGreaterThan(0);
  expect(relevant.TotalRows).toBeGreaterThan(relevant.RowCount);
  for (const row of relevant.Table.Rows) {
    for (const { Key, Value, ValueType } of row.Cells) {
      expect(typeof Key).toBe('string');
      expect(Value === null || typeof Value === 'string').toBe(true);
      if (Value === null) expect(ValueType).toBe('Null');
    }
    const cells = cellsOf(row);
    expect(cells.DocId).toMatch(/^\d+$/);
    expect(cells.AccountName).toMatch(/^i:0#\.f\|membership\|/);
    expect(cells).not.toHaveProperty('NoSuchProperty');
  }
  // Someone has no mobile number: their cell is null, not "".
  expect(relevant.Table.Rows.some((row) => row.Cells.some((c) => c.Key === 'MobilePhone' && c.Value === null))).toBe(true);
});

test('verbose callers get d.postquery with results arrays, and PnPjs v4 reads every page of the index', async () => {
  const verbose = await (await search({ Querytext: '*', SourceId: PEOPLE, RowLimit: 3, SelectProperties: SELECT }, 'application/json;odata=verbose')).json();
  const rows = verbose.d.postquery.PrimaryQueryResult.RelevantResults.Table.Rows.results;
  expect(rows).toHaveLength(3);
  expect(rows[0].Cells.results.find((c) => c.Key === 'AccountName').Value).toMatch(/^i:0#\.f\|membership\|/);

  const pnp = await new Promise((resolve, reject) => {
    execFile(process.execPath, [path.join(__dirname, '..', 'pnpjsSearchClient.mjs'), site(), '100'], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(JSON.parse(stdout))
    );
  });
  expect(pnp.ok).toBe(true);
  const summary = await tenant.organisation();
  expect(pnp.accounts).toHaveLength(summary.index.entries);
  expect(new Set(pnp.accounts).size).toBe(summary.index.entries);
});

test('a request asks for at most 500 rows and gets 10 when it names no RowLimit', async () => {
  await setOrganisation({ size: 1200 });
  const big = (await (await search({ Querytext: '*', SourceId: PEOPLE, RowLimit: 5000 })).json()).PrimaryQueryResult.RelevantResults;
  expect(big.RowCount).toBeLessThanOrEqual(500);
  expect(big.RowCount).toBeGreaterThanOrEqual(497);
  const plain = (await (await search({ Querytext: '*', SourceId: PEOPLE })).json()).PrimaryQueryResult.RelevantResults;
  expect(plain.RowCount).toBe(10);
});

test('paging past StartRow 50,000 is throttled, and partitioning on DocId reads everyone of a large index once', async () => {
  const past = await search({ Querytext: '*', SourceId: PEOPLE, RowLimit: 500, StartRow: 50500 });
  expect(past.status).toBe(429);
  expect(Number(past.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);

  await setOrganisation({ size: 1200 });
  const { rows, pageSizes } = await readAll({ rowLimit: 100 });
  const summary = await tenant.organisation();
  expect(rows).toHaveLength(summary.index.entries);
  expect(new Set(rows.map((r) => r.AccountName)).size).toBe(rows.length);
  // Some pages come back short although more follow, so a reader that stops on a short page misses people.
  expect(pageSizes.slice(0, -1).some((size) => size < 100)).toBe(true);
});

test('TrimDuplicates, on unless sent false, leaves out entries that look alike', async () => {
  await setOrganisation({ size: 3000 });
  const { rows: trimmed } = await readAll({ trimDuplicates: true });
  const { rows: all } = await readAll({ trimDuplicates: false });
  expect(trimmed.length).toBeLessThan(all.length);
  expect(all.length).toBe((await tenant.organisation()).index.entries);
});

test('the index lags the profiles: stale entries hold an older job title, some profiles are not indexed yet, all by flags', async () => {
  const profileTitle = async (upn) => {
    const url = `${site()}/_api/sp.userprofiles.peoplemanager/getpropertiesfor(accountName=@v)?@v='${encodeURIComponent(`i:0#.f|membership|${upn}`)}'`;
    const profile = await (await fetch(url, { headers: { Accept: 'application/json;odata=nometadata' } })).json();
    return (profile.UserProfileProperties.find((p) => p.Key === 'SPS-JobTitle') || {}).Value || null;
  };
  const upnOf = (row) => row.AccountName.replace('i:0#.f|membership|', '');

  const fresh = await setOrganisation({ index: { staleShare: 0, notIndexedShare: 0, objectIdMissingShare: 0 } });
  expect(fresh.index).toMatchObject({ stale: 0, notIndexed: 0, withoutObjectId: 0 });
  const { rows: freshRows } = await readAll();
  expect(freshRows).toHaveLength(fresh.index.entries);
  for (const row of freshRows.slice(0, 15)) expect(row.JobTitle).toBe(await profileTitle(upnOf(row)));
  expect(freshRows.every((row) => row.AADObjectID)).toBe(true);

  const stale = await setOrganisation({ index: { staleShare: 1, notIndexedShare: 0.2 } });
  expect(stale.index.stale).toBe(stale.index.entries);
  expect(stale.index.notIndexed).toBeGreaterThan(0);
  const { rows: staleRows } = await readAll();
  expect(staleRows).toHaveLength(fresh.index.entries - stale.index.notIndexed);
  for (const row of staleRows.slice(0, 15)) expect(row.JobTitle).not.toBe(await profileTitle(upnOf(row)));

  // The expected counts still come from the profiles.
  expect(stale.expected).toEqual(fresh.expected);
  const byDefault = (await post('/__tenant/reset', {}), await tenant.organisation());
  expect(byDefault.index.stale).toBeGreaterThan(0);
  expect(byDefault.index.notIndexed).toBeGreaterThan(0);
  expect(byDefault.index.withoutObjectId).toBeGreaterThan(0);
});

test('more than 10 searches a second from one user are throttled with Retry-After, and the next second lets them through', async () => {
  const statuses = [];
  for (let i = 0; i < 12; i += 1) statuses.push((await search({ Querytext: '*', SourceId: PEOPLE, RowLimit: 1 })).status);
  expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
  expect(statuses.slice(10)).toEqual([429, 429]);
  await post('/__tenant/clock', { advanceMs: 1100 });
  expect((await search({ Querytext: '*', SourceId: PEOPLE, RowLimit: 1 })).status).toBe(200);
  const traffic = await (await fetch(`${tenant.url}/__tenant/organisation/traffic`)).json();
  expect(traffic.search).toMatchObject({ requests: 13, throttled: 2 });
});

test('a body that is not a search request gets SharePoint\'s 400, and other sources find no people', async () => {
  const bad = await fetch(`${site()}/_api/search/postquery`, { method: 'POST', headers: { Accept: 'application/json;odata=nometadata' }, body: '{"Querytext":"*"}' });
  expect(bad.status).toBe(400);
  expect((await bad.json())['odata.error'].message.value).toMatch(/request/);
  const documents = (await (await search({ Querytext: '*', RowLimit: 10 })).json()).PrimaryQueryResult.RelevantResults;
  expect(documents.RowCount).toBe(0);
  const sorted = await search({ Querytext: '*', SourceId: PEOPLE, SortList: [{ Property: 'Department', Direction: 0 }] });
  expect(sorted.status).toBe(400);
});

test('with its limits scaled down (maxRowLimit, maxStartRow) a small index pages as a large one: StartRow refused early, DocId partitioning reads everyone', async () => {
  const summary = await setOrganisation({ index: { maxRowLimit: 20, maxStartRow: 40 } });
  expect(summary.index).toMatchObject({ maxRowLimit: 20, maxStartRow: 40 });
  const beyond = await search({ Querytext: '*', SourceId: PEOPLE, RowLimit: 20, StartRow: 60, SelectProperties: SELECT });
  expect(beyond.status).toBe(429);
  expect(beyond.headers.get('retry-after')).toBe('120');
  const { rows, pageSizes } = await readAll({ rowLimit: 500 });
  expect(Math.max(...pageSizes)).toBe(20);
  expect(new Set(rows.map((r) => r.AADObjectID || r.AccountName)).size).toBe(summary.index.entries);
});
