// Runs PnPjs v4's sp.search() against the fake tenant's people index, for peopleSearch.test.js (PnPjs
// ships ES modules only, so it runs in its own Node process, as pnpjsClient.mjs does):
//   node tenant/pnpjsSearchClient.mjs <siteUrl> <rowLimit>
// Reads every page by DocId and prints one JSON line: rows read, requests, and the first row.

import { spfi, SPBrowser } from '@pnp/sp';
import '@pnp/sp/search/index.js';

const [siteUrl, rowLimitText] = process.argv.slice(2);
const sp = spfi(siteUrl).using(SPBrowser());
const RowLimit = Number(rowLimitText);

let after = null;
let requests = 0;
const accounts = [];
let first = null;
try {
  for (;;) {
    const results = await sp.search({
      Querytext: after === null ? '*' : `IndexDocId>${after} AND (*)`,
      SourceId: 'b09a7990-05ea-4af9-81ef-edfab16c4e31',
      RowLimit,
      TrimDuplicates: false,
      SortList: [{ Property: '[DocId]', Direction: 0 }],
      SelectProperties: ['AccountName', 'PreferredName', 'JobTitle', 'AADObjectID', 'WorkEmail', 'PictureURL']
    });
    requests += 1;
    const rows = results.PrimarySearchResults;
    if (rows.length === 0) break;
    if (!first) first = { row: rows[0], totalRows: results.TotalRows };
    for (const row of rows) accounts.push(row.AccountName);
    after = rows[rows.length - 1].DocId;
  }
  process.stdout.write(`${JSON.stringify({ ok: true, requests, accounts, first })}\n`);
} catch (error) {
  process.stdout.write(`${JSON.stringify({ ok: false, status: error.status, message: error.message, requests })}\n`);
}
