import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/browser';
import { findingsOn, openPersona } from './support/page';
import { requestsOf } from './support/requests';
import { RunningTenant, startTenant } from './support/tenant';

jest.setTimeout(60000);

let tenant: RunningTenant;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [tenant, browser] = await Promise.all([startTenant(), launchChromium()]);
});

afterAll(async () => {
  await Promise.all([browser && browser.close(), tenant && tenant.close()]);
});

beforeEach(async () => {
  await tenant.reset();
  context = await browser.newContext();
  page = await context.newPage();
});

afterEach(async () => {
  await context.close();
});

describe('"Copy details" for the helpdesk', () => {
  it('puts a short plain-text report on the clipboard: both values of each finding, photo properties, version; no secrets', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: tenant.url });
    await openPersona(page, tenant.url, 'property-drift');
    await page.locator('[data-action="copy-details"]').click();
    await page.locator('[data-copy="done"]').waitFor();
    const report: string = await page.evaluate(() => navigator.clipboard.readText());
    expect(report).toContain('jobTitle');
    expect(report).toContain('Data Engineer');
    expect(report).toContain('Senior Data Engineer');
    expect(report).toContain('SPS-PictureTimestamp');
    expect(report).toContain('1.0.0');
    expect(report).not.toMatch(/bearer|X-RequestDigest|data:image|base64/i);
    expect(report.split('\n').length).toBeLessThan(60);
  });

  it('shows the text to copy by hand when the browser refuses the clipboard', async () => {
    await openPersona(page, tenant.url, 'property-drift');
    await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } }));
    await page.locator('[data-action="copy-details"]').click();
    await page.locator('[data-copy="failed"]').waitFor();
    expect(await page.locator('textarea').inputValue()).toContain('Senior Data Engineer');
  });
});

describe('preview for site owners', () => {
  const PREVIEWS: Record<string, { status: string; findings: string[] }> = {
    'in-sync': { status: 'in-sync', findings: [] },
    'photo-missing-in-sharepoint': { status: 'out-of-sync', findings: ['photo-missing-in-sharepoint'] },
    'property-differs': { status: 'out-of-sync', findings: ['property-differs:jobTitle', 'property-differs:department'] },
    'partial-graph-permission': { status: 'error', findings: [] }
  };
  Object.keys(PREVIEWS).forEach((state) => {
    it(`${state}: shows the state with sample data, says it is a preview, and asks nobody anything`, async () => {
      const before = (await requestsOf(tenant.url, 'in-sync')).length;
      expect(await openPersona(page, tenant.url, 'in-sync', { preview: state })).toBe(PREVIEWS[state].status);
      expect(await findingsOn(page)).toEqual(PREVIEWS[state].findings);
      expect(await page.locator('[data-preview]').innerText()).toContain('sample data, not your profile');
      expect(await page.locator('[data-action="sync-photo"]').count()).toBe(0);
      expect((await requestsOf(tenant.url, 'in-sync')).length).toBe(before);
    });
  });
});
