import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { useBrowserSession } from './support/session';
import { countsOn, numberOf, organisationTestApi, root, scanToTheEnd, statusOf, waitForStatus, withoutZeros } from './support/organisation';

// The organisation view against the fake tenant's organisation (contract: issue 13). Counts are
// compared with what the fake tenant counts from its own data model (GET /__tenant/organisation).
jest.setTimeout(180000);

const session = useBrowserSession();
const { organisation, changeOrganisation, openOrganisation } = organisationTestApi(session);

describe('the organisation view', () => {
  it('counts every finding as the tenant\'s own data says, for everyone in scope', async () => {
    const expected = await organisation();
    await openOrganisation(session.page);
    expect(await statusOf(session.page)).toBe('idle');
    await scanToTheEnd(session.page);
    expect(await numberOf(session.page, 'data-total')).toBe(expected.size);
    expect(await numberOf(session.page, 'data-scanned')).toBe(expected.size);
    expect(await countsOn(session.page)).toEqual(withoutZeros(expected.expected));
  });

  it('counts one group\'s members when the page is set to that group', async () => {
    const everyone = await organisation();
    const expected = await organisation(`?group=${encodeURIComponent(everyone.groupId)}`);
    await openOrganisation(session.page, { group: everyone.groupId });
    await scanToTheEnd(session.page);
    expect(await numberOf(session.page, 'data-scanned')).toBe(expected.size);
    expect(await countsOn(session.page)).toEqual(withoutZeros(expected.expected));
  });

  it('exports a CSV with a byte order mark, a header and one row per person, formulas made inert', async () => {
    const expected = await organisation();
    await openOrganisation(session.page);
    await scanToTheEnd(session.page);
    const [download] = await Promise.all([
      session.page.waitForEvent('download'),
      session.page.locator('[data-action="export-csv"]').click()
    ]);
    expect(download.suggestedFilename()).toMatch(/^profile-sync-\d{4}-\d{2}-\d{2}\.csv$/);
    // The browser is a server this worker connects to: the file is streamed here, not read in place.
    const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'profile-sync-csv-')), download.suggestedFilename());
    await download.saveAs(saved);
    const bytes = fs.readFileSync(saved);
    fs.unlinkSync(saved);
    fs.rmdirSync(path.dirname(saved));
    expect(Array.from(bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    const records = text.split('\r\n').slice(0, -1);
    expect(records[0]).toBe('Name,User principal name,Email,Profiles match,Differences,Finding codes,Different details,Source');
    // The quick check: most verdicts from the people index, the index's differences confirmed from the profile.
    expect(records.filter((record) => record.endsWith(',From the people index')).length).toBeGreaterThan(expected.size / 2);
    expect(records.filter((record) => record.endsWith(',Confirmed from the profile')).length).toBeGreaterThan(0);
    // A quoted field may hold a line break of its own: at least one record per person.
    expect(records.length).toBeGreaterThanOrEqual(expected.size + 1);
    expect(text).not.toMatch(/(^|,)[=+@]/m);
    const withPhotoMissing = records.filter((record) => record.indexOf('photo-missing-in-sharepoint') >= 0).length;
    expect(withPhotoMissing).toBe(expected.expected['photo-missing-in-sharepoint'] || 0);
  });

  it('"Read every profile" stops on Cancel, says how far it got, survives a reload and finishes on Resume with the right counts', async () => {
    // SharePoint lets 100 profiles through and then asks for minutes of patience: time to press Cancel.
    const expected = await changeOrganisation({ throttle: { sharePointPer5min: 100 } });
    const page = session.page;
    await openOrganisation(page);
    await page.locator('[data-action="thorough-scan"]').click();
    await page.waitForFunction(() => Number(document.querySelector('[data-profile-sync-organisation]')!.getAttribute('data-scanned')) > 0, undefined, { timeout: 60000 });
    await page.locator('[data-action="cancel-scan"]').click();
    expect(await waitForStatus(page, ['cancelled', 'done'])).toBe('cancelled');
    const stoppedAt = await numberOf(page, 'data-scanned');
    expect(stoppedAt).toBeLessThan(expected.size);
    expect(await page.locator('[data-note="cancelled"]').innerText()).toContain(`Stopped after ${stoppedAt.toLocaleString('en-US')} of ${expected.size.toLocaleString('en-US')}`);
    // Focus never falls to the page: Resume has it.
    expect(await page.evaluate(() => document.activeElement && document.activeElement.getAttribute('data-action'))).toBe('resume-scan');

    await page.reload();
    await root(page).waitFor();
    expect(await statusOf(page)).toBe('cancelled');
    expect(await numberOf(page, 'data-scanned')).toBe(stoppedAt);
    await changeOrganisation({ throttle: { sharePointPer5min: 0 } });
    await page.locator('[data-action="resume-scan"]').click();
    expect(await waitForStatus(page, ['done', 'error'])).toBe('done');
    expect(await countsOn(page)).toEqual(withoutZeros(expected.expected));
  });

  it('"Read every profile" goes on by itself after a reload in the middle, and shows the last result at once afterwards', async () => {
    // SharePoint holds the scan after 100 profiles; the limit is lifted before the reload.
    const expected = await changeOrganisation({ throttle: { sharePointPer5min: 100 } });
    const page = session.page;
    await openOrganisation(page);
    await page.locator('[data-action="thorough-scan"]').click();
    await page.locator('[data-waiting]').waitFor({ timeout: 60000 });
    await changeOrganisation({ throttle: { sharePointPer5min: 0 } });
    await page.reload();
    await root(page).waitFor();
    expect(await numberOf(page, 'data-scanned')).toBeGreaterThan(0);
    expect(await waitForStatus(page, ['done', 'error'])).toBe('done');
    expect(await countsOn(page)).toEqual(withoutZeros(expected.expected));

    await page.reload();
    await root(page).waitFor();
    expect(await statusOf(page)).toBe('done');
    expect(await page.locator('[data-note="finished"]').innerText()).toContain('Last check finished');
    expect(await countsOn(page)).toEqual(withoutZeros(expected.expected));
  });

  it('finishes with the right counts when both services throttle, and says it is waiting', async () => {
    // Real time, on the services' own 10-second windows (the test below plays longer windows on test
    // clocks). 150 people against 100 a window on each side: each service refuses the rest once, and
    // both waits run side by side, so the test waits one window.
    await changeOrganisation({ size: 150 });
    const expected = await changeOrganisation({ throttle: { graphPer10s: 100, sharePointPer10s: 100 } });
    const page = session.page;
    await openOrganisation(page);
    await page.locator('[data-action="start-scan"]').click();
    await page.locator('[data-waiting]').waitFor({ timeout: 60000 });
    expect(await page.locator('[data-waiting]').innerText()).toMatch(/asked us to slow down\. The check goes on by itself in \d+ seconds\./);
    expect(await waitForStatus(page, ['done', 'error'])).toBe('done');
    expect(await numberOf(page, 'data-scanned')).toBe(expected.size);
    expect(await countsOn(page)).toEqual(withoutZeros(expected.expected));
  });

  it('"Read every profile" plays SharePoint\'s 5-minute limit on test clocks and finishes with the right counts, waiting no 5 minutes', async () => {
    // 100 profiles per 5 minutes: 300 people need two waits of 5 minutes. The page's clock (Playwright's)
    // and the fake tenant's throttling windows (POST /__tenant/clock) jump them together.
    const expected = await changeOrganisation({ throttle: { sharePointPer5min: 100 } });
    const page = session.page;
    await page.clock.install();
    await openOrganisation(page);
    await page.locator('[data-action="thorough-scan"]').click();
    let waits = 0;
    for (let round = 0; round < 10 && (await statusOf(page)) !== 'done'; round++) {
      await page.waitForFunction(() => {
        const element = document.querySelector('[data-profile-sync-organisation]');
        return !!element && (element.getAttribute('data-status') === 'done' || element.getAttribute('data-status') === 'error' || !!document.querySelector('[data-waiting]'));
      }, undefined, { timeout: 60000 });
      if (await page.locator('[data-waiting]').count() === 0) break;
      waits++;
      const before = await numberOf(page, 'data-scanned');
      await fetch(`${session.tenant.url}/__tenant/clock`, { method: 'POST', body: JSON.stringify({ advanceMs: 5 * 60000 + 1000 }) });
      await page.clock.fastForward(5 * 60000 + 1000);
      // The next window's profiles arrive (or the scan ends) without 5 minutes on the wall clock.
      await page.waitForFunction((n) => {
        const element = document.querySelector('[data-profile-sync-organisation]');
        return !!element && (Number(element.getAttribute('data-scanned')) > n || element.getAttribute('data-status') === 'done');
      }, before, { timeout: 30000 });
    }
    expect(await waitForStatus(page, ['done', 'error'], 60000)).toBe('done');
    expect(waits).toBeGreaterThanOrEqual(2);
    expect(await numberOf(page, 'data-scanned')).toBe(expected.size);
    expect(await countsOn(page)).toEqual(withoutZeros(expected.expected));
  });

  it('sees a rescan find what changed in Microsoft 365', async () => {
    const page = session.page;
    await openOrganisation(page);
    await scanToTheEnd(page);
    const changed = await changeOrganisation({ change: { fraction: 0.05 } });
    await page.locator('[data-action="rescan"]').click();
    expect(await waitForStatus(page, ['done', 'error'])).toBe('done');
    expect(await countsOn(page)).toEqual(withoutZeros(changed.expected));
  });

  it('without User.Read.All says the scan stopped and exactly which permission to approve, and where', async () => {
    const page = session.page;
    await openOrganisation(page, { persona: 'org-permission-missing' });
    await page.locator('[data-action="start-scan"]').click();
    expect(await waitForStatus(page, ['error', 'done'], 60000)).toBe('error');
    const message = page.locator('[data-scan-error]');
    expect(await message.getAttribute('data-scan-error')).toBe('permission');
    expect(await message.getAttribute('data-source')).toBe('graph');
    const words = await message.innerText();
    expect(words).toContain('User.Read.All');
    expect(words).toContain('SharePoint Online Web Client Extensibility');
    expect(words).toContain('API access');
    expect(await page.evaluate(() => document.activeElement && document.activeElement.hasAttribute('data-scan-error'))).toBe(true);
  });

  it('opens one person with both photos and the property table', async () => {
    const page = session.page;
    await openOrganisation(page);
    await scanToTheEnd(page);
    const row = page.locator('[data-findings~="property-differs"]').first();
    const id = await row.getAttribute('data-person');
    await row.locator('[data-action="open-person"]').click();
    const details = page.locator('[data-person-details]');
    expect(await details.getAttribute('data-person-details')).toBe(id);
    await details.locator('[data-property]').first().waitFor({ timeout: 30000 });
    expect(await details.locator('[data-photo="sharepoint"]').count()).toBe(1);
    expect(await details.locator('[data-photo="microsoft365"]').count()).toBe(1);
    expect(await details.locator('[data-equal="false"]').count()).toBeGreaterThan(0);
  });
});
