'use strict';

// For the tenant's own tests: runs `node tenant/server.js` on a free port in its own process
// and wraps the calls tests repeat. A separate process because code inside jest's sandbox runs
// 5-8 times slower, and drawing and encoding photos would then take most of the test time.
// Tests talk to it with global fetch, as the web part's adapters and browser tests do.

const path = require('path');
const { spawn } = require('child_process');

const SERVER = path.join(__dirname, 'server.js');
const READY = /Fake tenant running at (http:\/\/\S+)/;

function spawnTenant(env) {
  const child = spawn(process.execPath, [SERVER], { env: { ...process.env, PORT: '0', WARM_UP: '0', ...env } });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk) => {
      output += chunk;
      const match = READY.exec(output);
      if (match) {
        child.stdout.off('data', onData);
        child.stdout.resume();
        resolve({ child, url: match[1].replace(/\/$/, '') });
      }
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => process.stderr.write(chunk));
    child.once('exit', (code) => reject(new Error(`The fake tenant exited (${code}) before it listened: ${output}`)));
  });
}

/** options: { latencyMs, staticRoot, orgSize } as createTenant takes them. */
async function startTestTenant({ latencyMs = 0, staticRoot, orgSize } = {}) {
  const env = { LATENCY_MS: String(latencyMs) };
  if (staticRoot) env.STATIC_ROOT = staticRoot;
  if (orgSize !== undefined) env.ORG_SIZE = String(orgSize);
  const { child, url } = await spawnTenant(env);
  const post = (urlPath, body) =>
    fetch(`${url}${urlPath}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body || {}) });

  return {
    url,
    /** Base URLs of one persona, as the web part's adapters get them. */
    persona: (name) => ({ sp: `${url}/u/${name}/sp`, my: `${url}/u/${name}/my`, graph: `${url}/u/${name}/graph` }),
    details: async (name) => (await fetch(`${url}/__tenant/personas/${name}`)).json(),
    requests: async (name) => (await fetch(`${url}/__tenant/requests?persona=${name}`)).json(),
    reset: () => post('/__tenant/reset'),
    setBehaviour: (name, flags) => post(`/__tenant/personas/${name}/behaviour`, flags),
    /** The organisation's expected scan result; `scope` as query parameters (group, includeGuests, includeDisabled). */
    organisation: async (scope = {}) => (await fetch(`${url}/__tenant/organisation?${new URLSearchParams(scope)}`)).json(),
    setOrganisation: async (change) => (await post('/__tenant/organisation', change)).json(),
    /** A form digest from the persona's contextinfo, as PnPjs gets one. */
    async digest(name) {
      const response = await fetch(`${url}/u/${name}/sp/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json' } });
      return (await response.json()).FormDigestValue;
    },
    close() {
      return new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    }
  };
}

/**
 * One fake tenant per test file, started before its tests and stopped after them, reset before each
 * test unless `reset: false`. Registers the jest hooks; the returned object gets the tenant's methods.
 */
function useTestTenant({ reset = true, ...options } = {}) {
  const tenant = {};
  beforeAll(async () => {
    Object.assign(tenant, await startTestTenant(options));
  });
  afterAll(() => tenant.close());
  if (reset) beforeEach(() => tenant.reset());
  return tenant;
}

module.exports = { startTestTenant, useTestTenant };
