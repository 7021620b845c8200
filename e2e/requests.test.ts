import { checksSoFar, openPersona, waitForVerdict } from './support/page';
import { photoByteRequests, requestsOf } from './support/requests';
import { useBrowserSession } from './support/session';

jest.setTimeout(60000);

// Counts what the web part asks SharePoint and Graph for; the bench measures times, this checks counts.
const session = useBrowserSession();

async function requestsDuring(persona: string, load: () => Promise<unknown>): Promise<{ count: number; photoBytes: number }> {
  const before = (await requestsOf(session.tenant.url, persona)).length;
  await load();
  const during = (await requestsOf(session.tenant.url, persona)).slice(before);
  return { count: during.length, photoBytes: photoByteRequests(during) };
}

describe('requests a page view costs', () => {
  it('a first view makes at most 3 requests; a view within the cache lifetime makes none', async () => {
    const cold = await requestsDuring('old-photo-in-sharepoint', () => openPersona(session.page, session.tenant.url, 'old-photo-in-sharepoint'));
    expect(cold.count).toBeLessThanOrEqual(3);
    const warm = await requestsDuring('old-photo-in-sharepoint', async () => {
      expect(await openPersona(session.page, session.tenant.url, 'old-photo-in-sharepoint')).toBe('out-of-sync');
    });
    expect(warm.count).toBe(0);
  });

  it('after the lifetime, shows the cached verdict and revalidates without downloading unchanged photos', async () => {
    await openPersona(session.page, session.tenant.url, 'in-sync', { cacheMinutes: '0' });
    const again = await requestsDuring('in-sync', async () => {
      expect(await openPersona(session.page, session.tenant.url, 'in-sync', { cacheMinutes: '0' })).toBe('in-sync');
    });
    expect(again.count).toBe(2);
    expect(again.photoBytes).toBe(0);
  });

  it('downloads the SharePoint photo again once it changed, and shows the new verdict', async () => {
    expect(await openPersona(session.page, session.tenant.url, 'old-photo-in-sharepoint', { cacheMinutes: '0' })).toBe('out-of-sync');
    const checksBefore = await checksSoFar(session.page);
    await session.page.locator('[data-action="sync-photo"]').click();
    await session.page.locator('[data-photo-sync="verified"]').waitFor({ timeout: 30000 });
    // The page checks again after the sync: its requests belong to the sync, not to the next view.
    expect(await waitForVerdict(session.page, checksBefore)).toBe('in-sync');
    const after = await requestsDuring('old-photo-in-sharepoint', async () => {
      expect(await openPersona(session.page, session.tenant.url, 'old-photo-in-sharepoint', { cacheMinutes: '0' })).toBe('in-sync');
    });
    expect(after.count).toBe(2);
  });

  it('ignores a corrupt or foreign cache entry and replaces it', async () => {
    await openPersona(session.page, session.tenant.url, 'property-drift');
    await session.page.evaluate(() => {
      const key = Object.keys(window.localStorage).filter((k) => k.indexOf('property-drift') >= 0)[0];
      const entry = JSON.parse(window.localStorage.getItem(key) as string);
      entry.user = 'someone-else';
      entry.check.diagnosis = { status: 'in-sync', findings: [] };
      window.localStorage.setItem(key, JSON.stringify(entry));
    });
    const reloaded = await requestsDuring('property-drift', async () => {
      expect(await openPersona(session.page, session.tenant.url, 'property-drift')).toBe('out-of-sync');
    });
    expect(reloaded.count).toBeGreaterThan(0);
    await session.page.evaluate(() => Object.keys(window.localStorage).forEach((k) => window.localStorage.setItem(k, '{not json')));
    expect(await openPersona(session.page, session.tenant.url, 'property-drift')).toBe('out-of-sync');
  });
});
