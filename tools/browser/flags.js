'use strict';
// The command-line switches we start Chromium with, and how they merge with a build's own needs.

// Without the networking flags Chromium keeps calling Google's services, which this machine refuses.
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'
];

// Switches a serverless build recommends that we do not take:
// - those that let the page do what a real browser forbids (cross-origin reads, mixed content), so a
//   test could pass here and fail in SharePoint;
// - --single-process, which Lambda's sandbox needs: here, with playwright-core, the browser closes
//   as soon as a second browser context opens a page (each test gets a fresh context);
// - --no-zygote, also for Lambda: every renderer then starts from scratch instead of being forked
//   from a started one, and each test's fresh context starts one. Measured on two browser test
//   files (35 tests, two cores): 64 s of CPU with it, 33 s without, same results.
const NOT_TAKEN = new Set([
  '--disable-web-security', '--allow-running-insecure-content', '--disable-site-isolation-trials', '--single-process',
  '--no-zygote'
]);

const switchName = (flag) => flag.split('=')[0];

/**
 * Our flags plus a build's own: one entry per switch, the build's value winning where both set one
 * (it knows what its binary needs), less the switches we do not take.
 */
function mergeFlags(ours, theirs) {
  const bySwitch = new Map();
  for (const flag of [...ours, ...theirs]) {
    if (!NOT_TAKEN.has(switchName(flag))) bySwitch.set(switchName(flag), flag);
  }
  return Array.from(bySwitch.values());
}

module.exports = { CHROMIUM_ARGS, mergeFlags };
