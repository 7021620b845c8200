'use strict';
// Once per test run, before any browser test file: the page is built once, and each jest worker gets
// its own fake tenant and its own Chromium, kept up for the whole run. A test file connects to its
// worker's pair (e2e/support/session.ts); every test still resets the tenant and opens a fresh browser
// context, so no test sees another's state. Saves the few seconds each file spent building the page,
// drawing every persona's photos and starting a browser.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { createTenant } = require('../../tenant/server.js');
const { build } = require('../../harness/build.js');
const { chromium } = require('../../tools/chromium.js');
const { browserWorkers } = require('./workers.js');

const STATE_ENV = 'PROFILE_SYNC_BROWSER_SESSIONS';

module.exports = async function globalSetup(globalConfig) {
  const workers = browserWorkers(globalConfig);
  const { chromium: playwright } = require('playwright-core');
  const { executablePath, args, env } = chromium();
  const built = build();
  const sessions = [];
  // Kept before they are awaited, so teardown closes whatever did start.
  global.__profileSyncSessions = sessions;
  await Promise.all(Array.from({ length: workers }, async (_unused, index) => {
    const session = {};
    sessions[index] = session;
    const [browserServer] = await Promise.all([
      playwright.launchServer({ executablePath, args, env, headless: true }),
      built.then(async () => {
        session.tenant = createTenant({ latencyMs: 0 });
        session.url = (await session.tenant.listen(0)).replace(/\/$/, '');
      })
    ]);
    session.browserServer = browserServer;
  }));
  // Drawing every persona's photos is CPU work: once per tenant, one tenant after the other.
  for (const session of sessions) await session.tenant.warmUp();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'profile-sync-e2e-')), 'sessions.json');
  fs.writeFileSync(file, JSON.stringify(sessions.map((s) => ({ url: s.url, wsEndpoint: s.browserServer.wsEndpoint() }))));
  // Workers start after global setup and inherit this environment.
  process.env[STATE_ENV] = file;
};

module.exports.STATE_ENV = STATE_ENV;
