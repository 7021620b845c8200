import { Page } from 'playwright-core';
import type { BrowserSession } from './session';

// The organisation view's browser tests' shared steps: the fake tenant's organisation test API
// (GET/POST /__tenant/organisation) and the page's contract hooks (data-status, data-count-*).

export interface OrganisationSummary {
  size: number;
  expected: Record<string, number>;
  groupId: string;
  groupName: string;
  index: { entries: number; stale: number; notIndexed: number };
}

// Every count key the page puts on its root when a scan is done (0 included).
export const COUNT_KEYS = [
  'photo-missing-in-sharepoint', 'photo-missing-in-microsoft365', 'photo-differs', 'photo-damaged-in-microsoft365',
  'photo-unverified', 'photo-sync-pending', 'property-differs', 'property-not-synced', 'in-sync'
];

export interface OrganisationTestApi {
  /** GET /__tenant/organisation: the summary, its expected counts taken from the profiles. */
  organisation(query?: string): Promise<OrganisationSummary>;
  /** POST /__tenant/organisation: size, changes, throttling, the index's lag and limits. */
  changeOrganisation(body: unknown): Promise<OrganisationSummary>;
  /** Opens the organisation view (persona in-sync) and waits for its root. */
  openOrganisation(page: Page, query?: Record<string, string>): Promise<void>;
}

/** The organisation test API of the session's fake tenant (read its fields inside tests). */
export function organisationTestApi(session: BrowserSession): OrganisationTestApi {
  return {
    async organisation(query = '') {
      return (await fetch(`${session.tenant.url}/__tenant/organisation${query}`)).json() as Promise<OrganisationSummary>;
    },
    async changeOrganisation(body) {
      const response = await fetch(`${session.tenant.url}/__tenant/organisation`, {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body)
      });
      expect(response.status).toBe(200);
      return response.json() as Promise<OrganisationSummary>;
    },
    async openOrganisation(page, query = {}) {
      const params = new URLSearchParams({ persona: 'in-sync', view: 'organisation', ...query });
      await page.goto(`${session.tenant.url}/?${params.toString()}`);
      await page.locator('[data-profile-sync-organisation]').waitFor({ timeout: 30000 });
    }
  };
}

export const root = (page: Page) => page.locator('[data-profile-sync-organisation]');

export async function statusOf(page: Page): Promise<string> {
  return (await root(page).getAttribute('data-status')) || '';
}

export async function waitForStatus(page: Page, statuses: string[], timeout = 150000): Promise<string> {
  await page.waitForFunction((wanted) => {
    const element = document.querySelector('[data-profile-sync-organisation]');
    return !!element && wanted.indexOf(element.getAttribute('data-status') || '') >= 0;
  }, statuses, { timeout });
  return statusOf(page);
}

export async function numberOf(page: Page, attribute: string): Promise<number> {
  return Number(await root(page).getAttribute(attribute));
}

/** The page's counts as the fake tenant words them: codes with nobody left out. */
export async function countsOn(page: Page): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const key of COUNT_KEYS) {
    const value = await root(page).getAttribute(`data-count-${key}`);
    expect(`${key}: ${value === null ? 'missing' : 'present'}`).toBe(`${key}: present`);
    if (Number(value) > 0) counts[key] = Number(value);
  }
  return counts;
}

export function withoutZeros(expected: Record<string, number>): Record<string, number> {
  const counts: Record<string, number> = {};
  Object.keys(expected).forEach((key) => { if (expected[key] > 0) counts[key] = expected[key]; });
  return counts;
}

/** Presses the button (the quick check's "Check everyone" unless told) and waits for the end. */
export async function scanToTheEnd(page: Page, action = 'start-scan'): Promise<void> {
  await page.locator(`[data-action="${action}"]`).click();
  expect(await waitForStatus(page, ['done', 'error'])).toBe('done');
}
