// Runs PnPjs v4's own batching against the fake tenant, for organisation/sharePointBatch.test.js
// (PnPjs is ESM-only; see pnpjsClient.mjs for why this runs in its own Node process):
//   node tenant/pnpjsBatchClient.mjs <siteUrl> <maxRequests> <account>...
// Prints one JSON line: per account what getPropertiesFor resolved to (or its error).

import { spfi, SPBrowser } from '@pnp/sp';
import '@pnp/sp/batching.js';
import '@pnp/sp/profiles/index.js';

const [siteUrl, maxRequests, ...accounts] = process.argv.slice(2);
const sp = spfi(siteUrl).using(SPBrowser());
const [batchedSP, execute] = sp.batched({ maxRequests: Number(maxRequests) });

const results = accounts.map((account) =>
  batchedSP.profiles.getPropertiesFor(account).then(
    (value) => ({ ok: true, value }),
    (error) => ({ ok: false, status: error.status, message: error.message })
  )
);
let executed;
try {
  await execute();
  executed = { ok: true };
} catch (error) {
  executed = { ok: false, status: error.status, message: error.message };
}
process.stdout.write(`${JSON.stringify({ executed, results: await Promise.all(results) })}\n`);
