import * as fs from 'fs';
import { Browser, chromium } from 'playwright-core';

const DEFAULT_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

// Without the networking flags Chromium keeps calling Google's services, which this machine refuses.
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'
];

/** Where Chromium is: CHROME_PATH, or Debian's package. Fails with what to do when there is none. */
export function chromiumPath(): string {
  const candidates = process.env.CHROME_PATH ? [process.env.CHROME_PATH] : DEFAULT_PATHS;
  const found = candidates.filter((p) => fs.existsSync(p))[0];
  if (!found) {
    throw new Error(`No Chromium found (looked at ${candidates.join(', ')}). The browser tests need one: ` +
      'install Debian\'s package with `sudo apt-get install -y chromium`, or set CHROME_PATH to a Chromium or Chrome binary.');
  }
  return found;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}
