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

module.exports = { CHROMIUM_ARGS, chromium, launchChromium };
