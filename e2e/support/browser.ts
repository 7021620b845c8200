import * as path from 'path';
import { Browser } from 'playwright-core';

// The same browser, found the same way, as the benchmark and the screenshots (tools/chromium.js).
// eslint-disable-next-line @typescript-eslint/no-var-requires
const chromium = require(path.join(__dirname, '..', '..', 'tools', 'chromium.js'));

export function launchChromium(): Promise<Browser> {
  return chromium.launchChromium();
}
