import { Page } from 'playwright-core';
import norwegian from '../src/webparts/profileSync/loc/organisation/nb-no';
import english from '../src/webparts/profileSync/loc/organisation/en-us';
import { seriousViolations } from './support/axe';
import { injectedContent } from './support/page';
import { useBrowserSession } from './support/session';

// The organisation view for everyone who may use it: both languages, themes, Teams, a phone-sized
// width (or 400 % zoom), a keyboard, and hostile values from the directory (issue 13).
jest.setTimeout(180000);

const session = useBrowserSession();
const ROOT = '[data-profile-sync-organisation]';

async function open(page: Page, query: Record<string, string> = {}): Promise<void> {
  const params = new URLSearchParams({ persona: 'in-sync', view: 'organisation', ...query });
  await page.goto(`${session.tenant.url}/?${params.toString()}`);
  await page.locator(ROOT).waitFor({ timeout: 30000 });
}

async function scanned(page: Page): Promise<void> {
  await page.locator('[data-action="start-scan"]').click();
  await page.waitForFunction((root) => document.querySelector(root)!.getAttribute('data-status') === 'done', ROOT, { timeout: 120000 });
}

/** Opens the first person SharePoint has no photo for, and waits for their check. */
async function openSomeone(page: Page): Promise<void> {
  await page.locator('[data-person][data-findings~="photo-missing-in-sharepoint"] [data-action="open-person"]').first().click();
  await page.locator('[data-person-details]:not([aria-busy="true"])').waitFor({ timeout: 30000 });
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate((root) => {
    const element = document.querySelector(root) as HTMLElement;
    return Math.max(document.documentElement.scrollWidth - window.innerWidth, element.getBoundingClientRect().right - window.innerWidth);
  }, ROOT);
}

const LOOKS: Array<[string, Record<string, string>]> = [
  ['English, light', {}],
  ['Norwegian, dark', { lang: 'nb-no', theme: 'dark' }],
  ['Teams, dark', { host: 'teams', teamsTheme: 'dark' }],
  ['Teams, high contrast', { host: 'teams', teamsTheme: 'contrast' }],
  ['a strong section background', { section: 'strong' }]
];

describe('the organisation view for everyone', () => {
  it.each(LOOKS)('has no serious accessibility problem in %s, scanned and with someone opened', async (_name, query) => {
    await open(session.page, query);
    await scanned(session.page);
    expect(await seriousViolations(session.page, ROOT)).toEqual([]);
    await openSomeone(session.page);
    expect(await seriousViolations(session.page, ROOT)).toEqual([]);
  });

  it.each([['English', 'en-us'], ['Norwegian', 'nb-no']])('fits 320 px without scrolling sideways in %s, with someone opened', async (_name, lang) => {
    await session.page.setViewportSize({ width: 320, height: 800 });
    await open(session.page, { lang });
    await scanned(session.page);
    // The summary, filter and findings in the page's language, not the language the code loaded in.
    const words = lang === 'nb-no' ? norwegian : english;
    expect(await session.page.locator(ROOT).innerText()).toContain(words.OrgCountInSync);
    expect(await session.page.locator('[data-filter] option[value="property-differs"]').innerText()).toBe(words.OrgCountPropertyDiffers);
    expect(await horizontalOverflow(session.page)).toBeLessThanOrEqual(0);
    await openSomeone(session.page);
    expect(await horizontalOverflow(session.page)).toBeLessThanOrEqual(0);
  });

  it('shows hostile names and titles as text: no markup, handlers or unsafe addresses get in', async () => {
    await open(session.page);
    await scanned(session.page);
    await session.page.locator('input[type="search"]').fill('img');
    expect(await session.page.locator('[data-person]').count()).toBeGreaterThan(0);
    expect(await session.page.locator(ROOT).innerText()).toContain('<img src=x onerror=alert(1)>');
    expect(await injectedContent(session.page, ROOT)).toEqual([]);
  });

  it('works from the keyboard alone, and focus never falls to the page', async () => {
    const page = session.page;
    await open(page);
    await page.locator('[data-action="start-scan"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((root) => document.querySelector(root)!.getAttribute('data-status') === 'done', ROOT, { timeout: 120000 });
    expect(await page.evaluate(() => document.activeElement !== document.body && document.activeElement !== null)).toBe(true);

    await page.locator('[data-action="open-person"]').first().focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-person-details]').waitFor();
    const inDetails = await page.evaluate(() => !!document.activeElement && !!document.activeElement.closest('[data-person-details]'));
    expect(inDetails).toBe(true);
    await page.locator('[data-action="close-person"]').focus();
    await page.keyboard.press('Enter');
    // Never on the page itself, and soon back on the row's Details button the person was opened from
    // (the list may draw that row a few frames after the details close).
    expect(await page.evaluate(() => document.activeElement !== document.body && document.activeElement !== null)).toBe(true);
    const landed = await page.waitForFunction(() => document.activeElement && document.activeElement.getAttribute('data-action') === 'open-person', undefined, { timeout: 5000 })
      .then(() => 'open-person', () => page.evaluate(() => document.activeElement ? document.activeElement.outerHTML.slice(0, 120) : 'nothing'));
    expect(landed).toBe('open-person');
  });
});
