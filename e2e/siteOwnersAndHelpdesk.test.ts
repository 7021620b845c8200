import { findingsOn, openPersona } from './support/page';
import { requestsOf } from './support/requests';
import { useBrowserSession } from './support/session';

jest.setTimeout(60000);

const session = useBrowserSession();

describe('"Copy details" for the helpdesk', () => {
  it('puts a short plain-text report on the clipboard: both values of each finding, photo properties, version; no secrets', async () => {
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.tenant.url });
    await openPersona(session.page, session.tenant.url, 'property-drift');
    await session.page.locator('[data-action="copy-details"]').click();
    await session.page.locator('[data-copy="done"]').waitFor();
    const report: string = await session.page.evaluate(() => navigator.clipboard.readText());
    expect(report).toContain('jobTitle');
    expect(report).toContain('Data Engineer');
    expect(report).toContain('Senior Data Engineer');
    expect(report).toContain('SPS-PictureTimestamp');
    expect(report).toContain('1.0.0');
    expect(report).not.toMatch(/bearer|X-RequestDigest|data:image|base64/i);
    expect(report.split('\n').length).toBeLessThan(60);
  });

  it('shows the text to copy by hand when the browser refuses the clipboard', async () => {
    await openPersona(session.page, session.tenant.url, 'property-drift');
    await session.page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } }));
    await session.page.locator('[data-action="copy-details"]').click();
    await session.page.locator('[data-copy="failed"]').waitFor();
    expect(await session.page.locator('textarea').inputValue()).toContain('Senior Data Engineer');
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
      const before = (await requestsOf(session.tenant.url, 'in-sync')).length;
      expect(await openPersona(session.page, session.tenant.url, 'in-sync', { preview: state })).toBe(PREVIEWS[state].status);
      expect(await findingsOn(session.page)).toEqual(PREVIEWS[state].findings);
      expect(await session.page.locator('[data-preview]').innerText()).toContain('sample data, not your profile');
      expect(await session.page.locator('[data-action="sync-photo"]').count()).toBe(0);
      expect((await requestsOf(session.tenant.url, 'in-sync')).length).toBe(before);
    });
  });
});
