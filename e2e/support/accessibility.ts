import { seriousViolations } from './axe';
import { openPersona } from './page';
import { BrowserSession } from './session';

/** Every persona whose page shows a verdict of its own (the axe checks run on each, in each theme). */
export const AXE_PERSONAS = ['in-sync', 'photo-not-in-sharepoint', 'old-photo-in-sharepoint', 'no-photo-anywhere', 'photo-removed-from-microsoft365',
  'property-drift', 'mobile-only-differs', 'graph-permission-missing', 'graph-throttled', 'sharepoint-unavailable',
  'corrupt-microsoft365-photo', 'oversized-microsoft365-photo', 'hostile-profile'];

/**
 * One axe test: the persona's page with `query`, once its details are in, has no serious or critical
 * violation. The checks are spread over a few files so that the browser workers share them.
 */
export function itHasNoSeriousViolations(session: BrowserSession, persona: string, query: Record<string, string>, name: string): void {
  it(name, async () => {
    await openPersona(session.page, session.tenant.url, persona, query);
    await session.page.locator('[data-action="check-again"]').waitFor();
    expect(await seriousViolations(session.page)).toEqual([]);
  });
}
