import { checksSoFar, findingsOn, injectedContent, openPersona, waitForVerdict } from './support/page';
import { useBrowserSession } from './support/session';

jest.setTimeout(60000);

interface Expected { status: string; findings: string[]; text?: RegExp }

// What a person must see for each persona of the fake tenant.
const EXPECTED: Record<string, Expected> = {
  'in-sync': { status: 'in-sync', findings: [], text: /matches your Microsoft 365 profile/ },
  'photo-not-in-sharepoint': { status: 'out-of-sync', findings: ['photo-missing-in-sharepoint'], text: /Your profile photo in SharePoint isn't the same as in Microsoft 365\./ },
  'old-photo-in-sharepoint': { status: 'out-of-sync', findings: ['photo-differs'], text: /SharePoint shows an older photo/ },
  'no-photo-anywhere': { status: 'in-sync', findings: [] },
  'photo-removed-from-microsoft365': { status: 'out-of-sync', findings: ['photo-missing-in-microsoft365'], text: /never removes photos/ },
  'property-drift': {
    status: 'out-of-sync',
    findings: ['property-differs:jobTitle', 'property-differs:department', 'property-differs:officeLocation', 'property-differs:businessPhones'],
    text: /depends on how many changes it has to process/
  },
  'mobile-only-differs': { status: 'in-sync', findings: ['property-not-synced:mobilePhone'], text: /is yours to keep/ },
  'graph-permission-missing': { status: 'error', findings: [], text: /Ask IT to approve the Microsoft Graph User\.Read request in the SharePoint admin center, under API access/ },
  'graph-throttled': { status: 'in-sync', findings: [] },
  'sharepoint-unavailable': { status: 'error', findings: [], text: /SharePoint isn't answering right now \(HTTP 503\)/ },
  'corrupt-microsoft365-photo': { status: 'out-of-sync', findings: ['photo-damaged-in-microsoft365'] },
  'oversized-microsoft365-photo': { status: 'out-of-sync', findings: ['photo-missing-in-sharepoint'] },
  'hostile-profile': { status: 'out-of-sync', findings: [] },
  'photo-cache-stale': { status: 'out-of-sync', findings: ['photo-differs'] },
  // Same photo; the profile lacks the picture-state keys and some top-level fields: nothing false to report.
  'partial-profile': { status: 'in-sync', findings: [] },
  // Graph's 1x1 GIF with an empty etag is "no photo", like SharePoint's placeholder.
  'graph-placeholder-photo': { status: 'in-sync', findings: [] },
  // The mailbox is on premises: Graph cannot tell about the photo, which is no warning.
  'hybrid-mailbox': { status: 'in-sync', findings: ['photo-unverified'], text: /couldn't tell if you have a photo in Microsoft 365/ },
  // The photo items inside the first batches are throttled (429 with Retry-After): retried, then a verdict.
  'batch-item-throttled': { status: 'in-sync', findings: [] }
};

const session = useBrowserSession();

let dialogs: string[];

beforeEach(() => {
  dialogs = [];
  // A hostile value that ran would open alert(); none may.
  session.page.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss().catch(() => undefined); });
});

describe('every persona of the fake tenant, in Chromium', () => {
  it('offers exactly these personas in its picker', async () => {
    const personas = await (await fetch(`${session.tenant.url}/__tenant/personas`)).json() as Array<{ name: string }>;
    expect(personas.map((p) => p.name).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  Object.keys(EXPECTED).forEach((persona) => {
    it(`${persona}: shows the right verdict and findings, and nothing injected`, async () => {
      const expected = EXPECTED[persona];
      const status = await openPersona(session.page, session.tenant.url, persona);
      expect(status).toBe(expected.status);
      const findings = await findingsOn(session.page);
      if (persona === 'hostile-profile') {
        expect(findings.length).toBeGreaterThan(0);
      } else {
        expect(findings).toEqual(expected.findings);
      }
      const text = await session.page.locator('[data-profile-sync]').innerText();
      if (expected.text) expect(text).toMatch(expected.text);
      expect(await injectedContent(session.page)).toEqual([]);
      await session.page.waitForTimeout(100);
      expect(dialogs).toEqual([]);
    });
  });

  it('hostile-profile: shows the script and HTML in the profile as plain text', async () => {
    await openPersona(session.page, session.tenant.url, 'hostile-profile');
    const text = await session.page.locator('[data-profile-sync]').innerText();
    expect(text).toContain('<script>');
    expect(await injectedContent(session.page)).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});

describe('keyboard only', () => {
  it('reaches "Check again", "Copy details" and the links with Tab, in reading order, and checks again with Enter', async () => {
    await openPersona(session.page, session.tenant.url, 'property-drift');
    const focused: string[] = [];
    await session.page.locator('[data-profile-sync] h2').click();
    for (let i = 0; i < 7; i++) {
      await session.page.keyboard.press('Tab');
      focused.push(await session.page.evaluate(() => {
        const e = document.activeElement as HTMLElement;
        return e.closest('[data-profile-sync]') ? (e.getAttribute('data-action') || e.textContent || '').trim() : 'outside';
      }));
    }
    // Each link also tells screen readers that it opens a new tab (hidden on screen).
    const newTab = ' (opens in a new tab)';
    expect(focused.slice(0, 5)).toEqual(['check-again', 'copy-details', `Update your profile in Microsoft 365${newTab}`,
      `How profile photos get to SharePoint${newTab}`, `How profile details get to SharePoint${newTab}`]);
    await session.page.locator('[data-action="check-again"]').focus();
    const requestsBefore = await session.tenant.persona('property-drift');
    const checksBefore = await checksSoFar(session.page);
    await session.page.keyboard.press('Enter');
    expect(await waitForVerdict(session.page, checksBefore)).toBe('out-of-sync');
    const requestsAfter = await session.tenant.persona('property-drift');
    expect(JSON.stringify(requestsAfter.requests)).not.toEqual(JSON.stringify(requestsBefore.requests));
  });
});

describe('in Norwegian', () => {
  it('says what differs and what to do in Bokmål', async () => {
    const status = await openPersona(session.page, session.tenant.url, 'property-drift', { lang: 'nb-no' });
    expect(status).toBe('out-of-sync');
    const text = await session.page.locator('[data-profile-sync]').innerText();
    expect(text).toContain('SharePoint-profilen din stemmer ikke med Microsoft 365. Dette er forskjellig: jobbtittel, avdeling, kontor og jobbtelefon.');
    expect(text).toContain('kommer an på hvor mange endringer som skal behandles');
    expect(text).not.toMatch(/different|Check again/);
  });
});
