// Runs PnPjs v4 against the fake tenant, for pnpjs.test.js. PnPjs ships ES modules only and
// jest (CommonJS, no --experimental-vm-modules) cannot import them, so the test runs this file
// in its own Node process:  node tenant/pnpjsClient.mjs <siteUrl> <picture file>
// It prints one JSON line with what PnPjs got back.

import { readFile } from 'node:fs/promises';
import { spfi, SPBrowser } from '@pnp/sp';
import '@pnp/sp/profiles/index.js'; // no "exports" map: Node's ESM resolver needs the file

// setMyProfilePic reads the Blob with FileReader, which browsers have and Node does not.
if (typeof globalThis.FileReader === 'undefined') {
  globalThis.FileReader = class FileReader {
    readAsArrayBuffer(blob) {
      blob.arrayBuffer().then(
        (buffer) => {
          this.result = buffer;
          this.onload({ target: this });
        },
        (error) => this.onerror && this.onerror(error)
      );
    }
  };
}

const [siteUrl, picturePath] = process.argv.slice(2);
const sp = spfi(siteUrl).using(SPBrowser());

async function outcome(run) {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, status: error.status, message: error.message };
  }
}

const before = await outcome(() => sp.profiles.myProperties());
const selected = await outcome(() => sp.profiles.myProperties.select('DisplayName', 'PictureUrl')());
const picture = await readFile(picturePath);
const upload = await outcome(() => sp.profiles.setMyProfilePic(new Blob([picture], { type: 'image/jpeg' })));
const after = await outcome(() => sp.profiles.myProperties());

process.stdout.write(`${JSON.stringify({ before, selected, upload, after })}\n`);
