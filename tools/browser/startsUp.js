'use strict';
// "Is there a browser here" means one that runs, not a file that exists: a Chromium whose shared
// libraries are missing, or a wrapper left behind by an uninstall, fails here instead of in a test.
const fs = require('fs');
const { execFileSync } = require('child_process');

const VERSION_TIMEOUT_MS = 10000;

/** The browser's `--version` line, or null when the file is absent or does not run in time. */
function versionOf(executablePath, env = process.env) {
  if (!fs.existsSync(executablePath)) return null;
  try {
    const line = execFileSync(executablePath, ['--version'], {
      encoding: 'utf8', env, timeout: VERSION_TIMEOUT_MS, stdio: ['ignore', 'pipe', 'ignore']
    }).trim();
    return /\d+\.\d+/.test(line) ? line : null;
  } catch {
    return null;
  }
}

module.exports = { versionOf };
