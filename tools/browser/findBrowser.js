'use strict';
// Which browser the tests, the benchmark and the screenshots use, in this order:
// 1. CHROME_PATH, when set (it must start: a path someone chose that fails is an error, not a fallback);
// 2. a system Chromium or Chrome that starts;
// 3. the Chromium installed by `npm ci` (tools/browser/npmChromium.js).
const { CHROMIUM_ARGS, mergeFlags } = require('./flags');
const { versionOf } = require('./startsUp');
const { npmChromium, PACKAGE } = require('./npmChromium');

const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'
];

/**
 * { executablePath, args, env, source, version }: what to launch and how; source is 'CHROME_PATH',
 * 'system' or 'npm'. Throws with what to do when no browser starts.
 */
function findBrowser() {
  const chosen = process.env.CHROME_PATH;
  if (chosen) {
    const version = versionOf(chosen);
    if (!version) throw new Error(`CHROME_PATH is ${chosen}, which does not start (\`${chosen} --version\` failed). Point it at a Chromium or Chrome binary, or unset it.`);
    return { executablePath: chosen, args: CHROMIUM_ARGS, env: process.env, source: 'CHROME_PATH', version };
  }
  for (const candidate of SYSTEM_CANDIDATES) {
    const version = versionOf(candidate);
    if (version) return { executablePath: candidate, args: CHROMIUM_ARGS, env: process.env, source: 'system', version };
  }
  const bundled = npmChromium();
  if (!bundled) {
    throw new Error(`No browser: none of ${SYSTEM_CANDIDATES.join(', ')} starts and ${PACKAGE} is not installed. ` +
      'Run `npm ci`, or set CHROME_PATH to a Chromium or Chrome binary.');
  }
  const version = versionOf(bundled.executablePath, bundled.env);
  if (!version) throw new Error(`The Chromium from ${PACKAGE} (${bundled.executablePath}) does not start; set CHROME_PATH to a Chromium or Chrome binary.`);
  return { ...bundled, args: mergeFlags(CHROMIUM_ARGS, bundled.args), source: 'npm', version };
}

module.exports = { findBrowser, SYSTEM_CANDIDATES };
