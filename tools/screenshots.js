'use strict';
// Takes the README's screenshots: the real web part on the local fake tenant, in headless Chromium.
// Run with `npm run screenshots` (it builds the page first); writes PNG files to assets/.
const fs = require('fs');
const path = require('path');
const { createTenant } = require('../tenant/server');
const { launchChromium } = require('./chromium');

const SHOTS = [
  { file: 'in-sync.png', persona: 'in-sync' },
  { file: 'old-photo-in-sharepoint.png', persona: 'old-photo-in-sharepoint' },
  { file: 'property-drift.png', persona: 'property-drift' },
  { file: 'graph-permission-missing.png', persona: 'graph-permission-missing' },
  { file: 'property-drift-nb-no-dark.png', persona: 'property-drift', query: { lang: 'nb-no', theme: 'dark' } },
  { file: 'teams-dark.png', persona: 'old-photo-in-sharepoint', query: { host: 'teams', teamsTheme: 'dark' } },
  { file: 'section-strong.png', persona: 'photo-not-in-sharepoint', query: { section: 'strong' } },
  // A phone, or 400 % zoom on a 1280 px screen: the table stacks its rows.
  { file: 'property-drift-320.png', persona: 'property-drift', width: 320 },
  { file: 'photo-not-in-sharepoint-nb-no-320.png', persona: 'photo-not-in-sharepoint', query: { lang: 'nb-no' }, width: 320 },
  { file: 'teams-default.png', persona: 'corrupt-microsoft365-photo', query: { host: 'teams', teamsTheme: 'default' } }
];

async function main() {
  const out = path.join(__dirname, '..', 'assets');
  fs.mkdirSync(out, { recursive: true });
  const tenant = createTenant({});
  const url = (await tenant.listen(0)).replace(/\/$/, '');
  const browser = await launchChromium();
  try {
    for (const shot of SHOTS) {
      await fetch(`${url}/__tenant/reset`, { method: 'POST' });
      const page = await browser.newPage({ viewport: { width: shot.width || 1000, height: 800 }, deviceScaleFactor: 1 });
      const query = new URLSearchParams({ persona: shot.persona, ...(shot.query || {}) });
      await page.goto(`${url}/?${query}`);
      await page.locator('[data-profile-sync]:not([data-status="loading"])').waitFor({ timeout: 20000 });
      // Let the photos finish decoding before the picture is taken.
      await page.waitForFunction(() => Array.from(document.images).every((img) => img.complete));
      await page.screenshot({ path: path.join(out, shot.file), fullPage: true });
      await page.close();
      console.log(`assets/${shot.file}`);
    }
  } finally {
    await browser.close();
    await tenant.close();
  }
}

main().catch((error) => { console.error(error); process.exit(1); });
