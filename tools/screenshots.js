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
  { file: 'teams-default.png', persona: 'corrupt-microsoft365-photo', query: { host: 'teams', teamsTheme: 'default' } },
  // The organisation view (for IT): a finished scan of the fake tenant's 300 people.
  { file: 'organisation.png', persona: 'in-sync', query: { view: 'organisation' }, organisation: 'scan' },
  { file: 'organisation-person.png', persona: 'in-sync', query: { view: 'organisation' }, organisation: 'person' },
  { file: 'organisation-nb-no-dark.png', persona: 'in-sync', query: { view: 'organisation', lang: 'nb-no', theme: 'dark' }, organisation: 'scan' },
  { file: 'organisation-320.png', persona: 'in-sync', query: { view: 'organisation' }, organisation: 'scan', width: 320 },
  { file: 'organisation-permission-missing.png', persona: 'org-permission-missing', query: { view: 'organisation' }, organisation: 'scan' }
];

/** Runs a scan to its end (or its error) and, for 'person', opens someone whose photo SharePoint lacks. */
async function prepareOrganisation(page, what) {
  const root = page.locator('[data-profile-sync-organisation]');
  await root.waitFor({ timeout: 20000 });
  await page.locator('[data-action="start-scan"]').click();
  await page.waitForFunction(() => ['done', 'error'].includes(document.querySelector('[data-profile-sync-organisation]').getAttribute('data-status')), undefined, { timeout: 60000 });
  if (what === 'person') {
    await page.locator('[data-person][data-findings~="photo-missing-in-sharepoint"] [data-action="open-person"]').first().click();
    await page.locator('[data-person-details]').waitFor({ timeout: 20000 });
    await page.waitForFunction(() => !document.querySelector('[data-person-details][aria-busy="true"]'), undefined, { timeout: 20000 });
  }
}

async function main() {
  const out = path.join(__dirname, '..', 'assets');
  fs.mkdirSync(out, { recursive: true });
  const tenant = createTenant({});
  const url = (await tenant.listen(0)).replace(/\/$/, '');
  const browser = await launchChromium();
  try {
    // SHOTS=organisation takes only the shots whose file name starts with that.
    const only = process.env.SHOTS;
    for (const shot of SHOTS.filter((s) => !only || s.file.startsWith(only))) {
      await fetch(`${url}/__tenant/reset`, { method: 'POST' });
      const page = await browser.newPage({ viewport: { width: shot.width || 1000, height: 800 }, deviceScaleFactor: 1 });
      const query = new URLSearchParams({ persona: shot.persona, ...(shot.query || {}) });
      await page.goto(`${url}/?${query}`);
      if (shot.organisation) await prepareOrganisation(page, shot.organisation);
      else await page.locator('[data-profile-sync]:not([data-status="loading"])').waitFor({ timeout: 20000 });
      // Let the photos finish decoding before the picture is taken.
      await page.waitForFunction(() => Array.from(document.images).every((img) => img.complete));
      // The organisation view's table scrolls with the page: its first screen is what IT see.
      await page.screenshot({ path: path.join(out, shot.file), fullPage: !shot.organisation });
      await page.close();
      console.log(`assets/${shot.file}`);
    }
  } finally {
    await browser.close();
    await tenant.close();
  }
}

main().catch((error) => { console.error(error); process.exit(1); });
