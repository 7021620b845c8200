import { Page } from 'playwright-core';
import { checksSoFar, findingsOn, openPersona, waitForVerdict } from './support/page';
import { useBrowserSession } from './support/session';

jest.setTimeout(90000);

const session = useBrowserSession();

/** What has keyboard focus: its data-action, "verdict" for the verdict's banner, or the tag name. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return 'body';
    if (element.getAttribute('data-action')) return `action:${element.getAttribute('data-action')}`;
    if (element.querySelector('[data-verdict]')) return 'verdict';
    return element.tagName.toLowerCase();
  });
}

/** Tabs to the button with this data-action, asserting after each Tab that focus is on something. */
async function tabTo(page: Page, action: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    expect(now).not.toBe('body');
    if (now === `action:${action}`) return;
  }
  throw new Error(`Tab never reached [data-action="${action}"]`);
}

/**
 * Watches the web part from inside the page while something runs: the most banners shown at once,
 * whether focus was ever left on <body> after a change of the page, and what had focus at each change
 * while `busy` (a selector) was on the page. Recorded as it happens, so a check that finishes before
 * the test can look is still seen.
 */
async function watchPage(page: Page, busy: string): Promise<void> {
  await page.evaluate((busySelector) => {
    const record = { mostBanners: 0, focusOnBody: false, focusWhileBusy: [] as string[] };
    (window as unknown as { __watch: typeof record }).__watch = record;
    const describe = (element: Element | null): string => {
      if (!element || element === document.body) return 'body';
      if (element.getAttribute('data-action')) return `action:${element.getAttribute('data-action')}`;
      if (element.querySelector('[data-verdict]')) return 'verdict';
      return element.tagName.toLowerCase();
    };
    const look = (): void => {
      record.mostBanners = Math.max(record.mostBanners, document.querySelectorAll('[data-profile-sync] [data-banner]').length);
      if (document.activeElement === document.body || document.activeElement === null) record.focusOnBody = true;
      if (document.querySelector(busySelector)) {
        const now = describe(document.activeElement);
        if (record.focusWhileBusy.indexOf(now) < 0) record.focusWhileBusy.push(now);
      }
    };
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  }, busy);
}

function watched(page: Page): Promise<{ mostBanners: number; focusOnBody: boolean; focusWhileBusy: string[] }> {
  return page.evaluate(() => (window as unknown as { __watch: { mostBanners: number; focusOnBody: boolean; focusWhileBusy: string[] } }).__watch);
}

describe('focus is kept and one banner shows at a time', () => {
  it('corrupt-microsoft365-photo: out of sync with a damaged photo, and no sync button that could only fail', async () => {
    expect(await openPersona(session.page, session.tenant.url, 'corrupt-microsoft365-photo')).toBe('out-of-sync');
    expect(await session.page.locator('[data-finding="photo-damaged-in-microsoft365"]').count()).toBe(1);
    expect(await findingsOn(session.page)).toEqual(['photo-damaged-in-microsoft365']);
    expect(await session.page.locator('[data-action="sync-photo"]').count()).toBe(0);
  });

  it('keyboard: "Check again" keeps focus while it checks, then focus is on the new verdict', async () => {
    await openPersona(session.page, session.tenant.url, 'property-drift');
    // The first check does not move the reader.
    expect(await focused(session.page)).toBe('body');
    await tabTo(session.page, 'check-again');
    const before = await checksSoFar(session.page);
    await watchPage(session.page, '[data-profile-sync][aria-busy="true"]');
    await session.page.keyboard.press('Enter');
    expect(await waitForVerdict(session.page, before)).toBe('out-of-sync');
    // While it checked, focus stayed on the button (and the check was seen running).
    expect((await watched(session.page)).focusWhileBusy).toEqual(['action:check-again']);
    await session.page.waitForFunction(() => !!document.activeElement && !!document.activeElement.querySelector('[data-verdict]'));
    expect(await focused(session.page)).toBe('verdict');
    expect((await watched(session.page)).focusOnBody).toBe(false);
    // The verdict's live region is polite again once focus has said the verdict.
    expect(await session.page.locator('[data-profile-sync] [aria-atomic="true"]').first().getAttribute('aria-live')).toBe('polite');
  });

  it('keyboard: "Sync my photo" keeps focus while it runs; after the re-check focus is on the verdict; one banner all along', async () => {
    expect(await openPersona(session.page, session.tenant.url, 'photo-not-in-sharepoint')).toBe('out-of-sync');
    await tabTo(session.page, 'sync-photo');
    const before = await checksSoFar(session.page);
    await watchPage(session.page, '[data-action="sync-photo"][aria-disabled="true"]');
    await session.page.keyboard.press('Enter');

    await session.page.locator('[data-photo-sync="verified"]').waitFor({ timeout: 30000 });
    expect(await waitForVerdict(session.page, before)).toBe('in-sync');
    await session.page.waitForFunction(() => !!document.activeElement && !!document.activeElement.querySelector('[data-verdict]'));
    expect(await focused(session.page)).toBe('verdict');

    const record = await watched(session.page);
    // While it ran, the button said so (aria-disabled) and kept focus.
    expect(record.focusWhileBusy).toEqual(['action:sync-photo']);
    expect(record.focusOnBody).toBe(false);
    expect(record.mostBanners).toBe(1);
    // After the re-check: the new verdict is the one banner, the outcome stays as a note.
    expect(await session.page.locator('[data-profile-sync] [data-banner]').count()).toBe(1);
    expect(await session.page.locator('[data-banner] [data-verdict]').count()).toBe(1);
    expect(await session.page.locator('[data-photo-sync="verified"] [data-note]').count()).toBe(1);
    // Nothing left to sync: the button is gone, and focus did not go with it.
    expect(await session.page.locator('[data-action="sync-photo"]').count()).toBe(0);
  });
});
