import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { RunningTenant, startTenant } from './tenant';

const SETUP_TIMEOUT_MS = 180000;

export interface BrowserSession {
  readonly tenant: RunningTenant;
  readonly browser: Browser;
  /** A fresh browser context (empty cache and storage) for each test. */
  readonly context: BrowserContext;
  readonly page: Page;
}

/**
 * One fake tenant and one Chromium per test file; every test starts from a reset tenant and a fresh
 * browser context. Registers the jest hooks; read the fields inside tests.
 */
export function useBrowserSession(options: { resetTenant?: boolean } = {}): BrowserSession {
  const session = {} as { tenant: RunningTenant; browser: Browser; context: BrowserContext; page: Page };
  // Building the page, drawing every persona's photos and starting (or first unpacking) Chromium take
  // a few seconds on a quiet machine and far longer on a busy one: a guard, not a speed target.
  let started: Promise<void> | undefined;
  beforeAll(() => {
    // Each is kept as soon as it is up, so one that fails does not leak the other.
    started = Promise.all([
      startTenant().then((tenant) => { session.tenant = tenant; }),
      launchChromium().then((browser) => { session.browser = browser; })
    ]).then(() => undefined);
    return started;
  }, SETUP_TIMEOUT_MS);
  // Waits for a start-up that outlived its hook too, so nothing is left running to keep jest from exiting.
  afterAll(async () => {
    if (started) await started.catch(() => undefined);
    await Promise.all([session.browser && session.browser.close(), session.tenant && session.tenant.close()]);
  });
  beforeEach(async () => {
    if (options.resetTenant !== false) await session.tenant.reset();
    session.context = await session.browser.newContext();
    session.page = await session.context.newPage();
  });
  afterEach(async () => {
    if (session.context) await session.context.close();
  });
  return session;
}
