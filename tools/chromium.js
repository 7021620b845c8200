'use strict';
// Where Chromium is and how we start it: shared by the browser tests, the benchmark and the screenshots.
const fs = require('fs');

const DEFAULT_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

// Without the networking flags Chromium keeps calling Google's services, which this machine refuses.
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'
];

/** CHROME_PATH, or Debian's package. Fails with what to do when there is none. */
function chromiumPath() {
  const candidates = process.env.CHROME_PATH ? [process.env.CHROME_PATH] : DEFAULT_PATHS;
  const found = candidates.filter((p) => fs.existsSync(p))[0];
  if (!found) {
    throw new Error(`No Chromium found (looked at ${candidates.join(', ')}). The browser tests need one: ` +
      'install Debian\'s package with `sudo apt-get install -y chromium`, or set CHROME_PATH to a Chromium or Chrome binary.');
  }
  return found;
}

function launchChromium() {
  const { chromium } = require('playwright-core');
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

// Photo bytes: SharePoint's userphoto.aspx or My Site renditions, Graph's $value (also inside a $batch).
const PHOTO_BYTES = /userphoto\.aspx|Profile%20Pictures|Profile Pictures|\/\$value/i;

/** How many photo downloads a list of logged requests made, counting those inside Graph batches. */
function photoByteRequests(requests) {
  return requests.reduce((n, r) => n + (r.batch ? r.batch.filter((item) => PHOTO_BYTES.test(item)).length : (PHOTO_BYTES.test(r.path) ? 1 : 0)), 0);
}

module.exports = { CHROMIUM_ARGS, chromiumPath, launchChromium, photoByteRequests };
