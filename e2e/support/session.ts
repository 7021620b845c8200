import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { RunningTenant, tenantAt, workerSession } from './tenant';

const CONNECT_TIMEOUT_MS = 60000;

export interface BrowserSession {
  readonly tenant: RunningTenant;
  readonly browser: Browser;
  /** A fresh browser context (empty cache and storage) for each test. */
  readonly context: BrowserContext;
  readonly page: Page;
}

/**
 * The jest worker's fake tenant and Chromium (started once per run, e2e/support/globalSetup.js); every
 * test starts from a reset tenant and a fresh browser context. Registers the jest hooks; read the
 * fields inside tests.
 */
export function useBrowserSession(options: { resetTenant?: boolean } = {}): BrowserSession {
  const session = {} as { tenant: RunningTenant; browser: Browser; context: BrowserContext; page: Page };
  beforeAll(async () => {
    const { url, wsEndpoint } = workerSession();
    session.tenant = tenantAt(url);
    session.browser = await chromium.connect(wsEndpoint, { timeout: CONNECT_TIMEOUT_MS });
  }, CONNECT_TIMEOUT_MS + 5000);
  // Only this file's connection closes; the browser stays up for the worker's next file.
  afterAll(async () => {
    if (session.browser) await session.browser.close();
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
