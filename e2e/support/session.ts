import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { RunningTenant, startTenant } from './tenant';

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
  beforeAll(async () => {
    [session.tenant, session.browser] = await Promise.all([startTenant(), launchChromium()]);
  });
  afterAll(async () => {
    await Promise.all([session.browser && session.browser.close(), session.tenant && session.tenant.close()]);
  });
  beforeEach(async () => {
    if (options.resetTenant !== false) await session.tenant.reset();
    session.context = await session.browser.newContext();
    session.page = await session.context.newPage();
  });
  afterEach(async () => {
    await session.context.close();
  });
  return session;
}
