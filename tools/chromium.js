'use strict';
// How the browser tests, the benchmark and the screenshots start Chromium. Which one, and with which
// switches, is decided in tools/browser/ (findBrowser.js says the order).
const { CHROMIUM_ARGS } = require('./browser/flags');
const { findBrowser } = require('./browser/findBrowser');

let found;

/** The browser to use, looked for once per process. */
function chromium() {
  if (!found) found = findBrowser();
  return found;
}

function launchChromium() {
  const { chromium: playwright } = require('playwright-core');
  const { executablePath, args, env } = chromium();
  return playwright.launch({ executablePath, args, env, headless: true });
}

// Photo bytes: SharePoint's userphoto.aspx or My Site renditions, Graph's $value (also inside a $batch).
const PHOTO_BYTES = /userphoto\.aspx|Profile%20Pictures|Profile Pictures|\/\$value/i;

/** How many photo downloads a list of logged requests made, counting those inside Graph batches. */
function photoByteRequests(requests) {
  return requests.reduce((n, r) => n + (r.batch ? r.batch.filter((item) => PHOTO_BYTES.test(item)).length : (PHOTO_BYTES.test(r.path) ? 1 : 0)), 0);
}

module.exports = { CHROMIUM_ARGS, chromium, launchChromium, photoByteRequests };
