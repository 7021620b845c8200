import { Browser, Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { launchChromium } from './support/browser';
import { openPersona } from './support/page';
import { RunningTenant, startTenant } from './support/tenant';

jest.setTimeout(120000);

const PERSONAS = ['in-sync', 'photo-not-in-sharepoint', 'old-photo-in-sharepoint', 'no-photo-anywhere', 'photo-removed-from-microsoft365',
  'property-drift', 'mobile-only-differs', 'graph-permission-missing', 'graph-throttled', 'sharepoint-unavailable',
  'corrupt-microsoft365-photo', 'oversized-microsoft365-photo', 'hostile-profile'];

let tenant: RunningTenant;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [tenant, browser] = await Promise.all([startTenant(), launchChromium()]);
});

afterAll(async () => {
  await Promise.all([browser && browser.close(), tenant && tenant.close()]);
});

beforeEach(async () => {
  page = await browser.newPage();
});

afterEach(async () => {
  await page.close();
});

describe('axe-core finds no serious or critical WCAG 2.1 AA violation', () => {
  ['light', 'dark'].forEach((theme) => {
    PERSONAS.forEach((persona) => {
      it(`${persona}, ${theme}`, async () => {
        await openPersona(page, tenant.url, persona, { theme });
        await page.locator('[data-action="check-again"]').waitFor();
        expect(await seriousViolations(page)).toEqual([]);
      });
    });
  });
});

describe('stays readable in Teams and on every section background', () => {
  const variants: Array<Record<string, string>> = [
    { host: 'teams', teamsTheme: 'default' }, { host: 'teams', teamsTheme: 'dark' }, { host: 'teams', teamsTheme: 'contrast' },
    { section: 'neutral' }, { section: 'soft' }, { section: 'strong' }, { section: 'strong', theme: 'dark' }
  ];
  variants.forEach((query) => {
    ['property-drift', 'photo-not-in-sharepoint', 'graph-permission-missing'].forEach((persona) => {
      it(`${persona}, ${JSON.stringify(query)}`, async () => {
        await openPersona(page, tenant.url, persona, query);
        await page.locator('[data-action="check-again"]').waitFor();
        expect(await seriousViolations(page)).toEqual([]);
      });
    });
  });
});

