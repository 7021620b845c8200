import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Page } from 'playwright-core';
import { requestsOf } from './support/requests';
import { useBrowserSession } from './support/session';
import { countsOn, numberOf, organisationTestApi, root, scanToTheEnd, statusOf, waitForStatus, withoutZeros } from './support/organisation';

// The organisation view's quick check (issue 18): SharePoint's side from the people index, which the
// fake tenant keeps behind the profiles; the expected counts come from the profiles themselves.
jest.setTimeout(180000);

const session = useBrowserSession();
const { organisation, changeOrganisation, openOrganisation } = organisationTestApi(session);

const isSearch = (request: { path: string }): boolean => /\/_api\/search\/postquery/i.test(request.path);

/** The page's "Where the answers come from" counts. */
async function sourcesOn(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const sources: Record<string, number> = {};
    document.querySelectorAll('[data-summary-source]').forEach((e) => { sources[e.getAttribute('data-summary-source') || ''] = Number(e.getAttribute('data-count')); });
    return sources;
  });
}

async function everyoneHasAVerdict(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const element = document.querySelector('[data-profile-sync-organisation]');
    return !!element && element.getAttribute('data-total') !== null && element.getAttribute('data-scanned') === element.getAttribute('data-total');
  }, undefined, { timeout: 60000 });
}

/** The export's records (BOM gone), as a person's spreadsheet would read them. */
async function exported(page: Page): Promise<string[]> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-csv"]').click()]);
  const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'profile-sync-csv-')), download.suggestedFilename());
  await download.saveAs(saved);
  const text = fs.readFileSync(saved, 'utf8').slice(1);
  fs.unlinkSync(saved);
  fs.rmdirSync(path.dirname(saved));
  return text.split('\r\n').slice(0, -1);
}

describe('the organisation view\'s quick check', () => {
  it('counts as the profiles say though the index lags: suspects wait, shown as being confirmed, until their profile is read', async () => {
    // A third of the index is stale and 5 % of the profiles are not in it yet. SharePoint lets 100
    // requests through per 5 minutes: the confirmation waits, on test clocks, and the page shows it.
    const expected = await changeOrganisation({ index: { staleShare: 0.3, notIndexedShare: 0.05 }, throttle: { sharePointPer5min: 100 } });
    expect(expected.index.stale).toBeGreaterThan(50);
    const page = session.page;
    await page.clock.install();
    await openOrganisation(page);
    await page.locator('[data-action="start-scan"]').click();
    await everyoneHasAVerdict(page);
    await page.locator('[data-waiting="sharePoint"]').waitFor({ timeout: 60000 });
    expect(await statusOf(page)).toBe('scanning');
    expect(await root(page).getAttribute('data-check')).toBe('quick');
    const waiting = await numberOf(page, 'data-confirming');
    expect(waiting).toBeGreaterThan(0);
    expect(await page.locator('[data-progress]').innerText()).toMatch(/Confirming from the profiles: [\d,]+ confirmed, [\d,]+ waiting\. About \d+ min left\./);
    const suspect = page.locator('[data-person][data-confirming]').first();
    expect(await suspect.getAttribute('data-from')).toBe('index');
    expect(await suspect.innerText()).toMatch(/From the people index, being confirmed|Not in the people index yet, reading the profile/);
    expect(await page.locator('[data-summary-source="confirming"]').innerText()).toMatch(/^Being confirmed: [\d,]+$/);

    for (let round = 0; round < 10 && (await statusOf(page)) === 'scanning'; round++) {
      await fetch(`${session.tenant.url}/__tenant/clock`, { method: 'POST', body: JSON.stringify({ advanceMs: 5 * 60000 + 1000 }) });
      await page.clock.fastForward(5 * 60000 + 1000);
      await page.waitForFunction(() => {
        const element = document.querySelector('[data-profile-sync-organisation]');
        return !!element && (element.getAttribute('data-status') !== 'scanning' || !!document.querySelector('[data-waiting]'));
      }, undefined, { timeout: 30000 });
    }
    expect(await waitForStatus(page, ['done', 'error'], 60000)).toBe('done');
    expect(await countsOn(page)).toEqual(withoutZeros(expected.expected));
    expect(await numberOf(page, 'data-confirming')).toBe(0);
    const confirmed = await numberOf(page, 'data-confirmed');
    expect(confirmed).toBeGreaterThanOrEqual(waiting);
    const sources = await sourcesOn(page);
    expect(sources.confirmed).toBe(confirmed);
    expect(sources.confirming).toBeUndefined();
    expect(await page.locator('[data-person][data-confirming]').count()).toBe(0);
    expect(await page.locator('[data-index-lag]').innerText()).toContain('every few hours');
  });

  it('says where each verdict comes from in Norwegian, in the table, the summary, the details and the CSV', async () => {
    const page = session.page;
    await openOrganisation(page, { lang: 'nb-no' });
    await scanToTheEnd(page);
    expect(await page.locator('[data-person][data-from="index"]').first().innerText()).toContain('Fra personindeksen');
    expect(await page.locator('[data-summary-source="index"]').innerText()).toMatch(/^Fra personindeksen: [\d\s\u00a0]+$/);
    expect(await page.locator('[data-summary-source="confirmed"]').innerText()).toMatch(/^Bekreftet fra profilen: [\d\s\u00a0]+$/);
    expect(await page.locator('[data-index-lag]').innerText()).toContain('noen timers mellomrom');

    const confirmedRow = page.locator('[data-person][data-from="profile"]').first();
    expect(await confirmedRow.innerText()).toContain('Bekreftet fra profilen');
    await confirmedRow.locator('[data-action="open-person"]').click();
    expect(await page.locator('[data-details-source]').innerText()).toBe('I listen: Bekreftet fra profilen. Det du ser her, er lest fra profilen akkurat nå, og bildene er sammenlignet.');

    const records = await exported(page);
    expect(records[0].split(',').pop()).toBe('Kilde');
    const sources = await sourcesOn(page);
    expect(records.filter((r) => r.endsWith(',Fra personindeksen')).length).toBe(sources.index);
    expect(records.filter((r) => r.endsWith(',Bekreftet fra profilen')).length).toBe(sources.confirmed);
  });

  it('reads a large tenant\'s index in partitions: on pages of 20 with StartRow capped at 40, and search throttled, the same answers as on pages of 500', async () => {
    const page = session.page;
    await openOrganisation(page);
    await scanToTheEnd(page);
    const onPagesOf500 = { confirmed: await numberOf(page, 'data-confirmed'), sources: await sourcesOn(page), counts: await countsOn(page) };
    const wideSearches = (await requestsOf(session.tenant.url, 'in-sync')).filter(isSearch).length;

    // A fresh page: nothing kept from the last check, so the index is read again, 20 rows at a time,
    // 2 searches a second (the reader asks for 8).
    await session.context.clearCookies();
    await page.evaluate(() => window.localStorage.clear());
    const expected = await changeOrganisation({ index: { maxRowLimit: 20, maxStartRow: 40 }, throttle: { searchPerSecond: 2 } });
    await openOrganisation(page);
    await scanToTheEnd(page);
    expect(await countsOn(page)).toEqual(withoutZeros(expected.expected));
    expect(await numberOf(page, 'data-confirmed')).toBe(onPagesOf500.confirmed);
    expect(await sourcesOn(page)).toEqual(onPagesOf500.sources);
    expect(await countsOn(page)).toEqual(onPagesOf500.counts);
    const searches = (await requestsOf(session.tenant.url, 'in-sync')).filter(isSearch).length - wideSearches;
    expect(searches).toBeGreaterThanOrEqual(Math.ceil(expected.index.entries / 20));
    const traffic = await (await fetch(`${session.tenant.url}/__tenant/organisation/traffic`)).json() as { search: { throttled: number } };
    expect(traffic.search.throttled).toBeGreaterThan(0);
  });

  it('"Read every profile" reads each profile and no index, with the same counts', async () => {
    const expected = await changeOrganisation({ index: { staleShare: 0.3 } });
    const page = session.page;
    await openOrganisation(page);
    expect(await page.locator('[data-note="thorough"]').innerText()).toContain('10,000 people take about 21 minutes');
    await scanToTheEnd(page, 'thorough-scan');
    expect(await root(page).getAttribute('data-check')).toBe('thorough');
    expect(await countsOn(page)).toEqual(withoutZeros(expected.expected));
    expect((await requestsOf(session.tenant.url, 'in-sync')).filter(isSearch)).toEqual([]);
    expect(await page.locator('[data-person][data-from="index"]').count()).toBe(0);
    expect(await page.locator('[data-person]').first().innerText()).toContain('Read from the profile');
    const sources = await sourcesOn(page);
    expect(Object.keys(sources)).toEqual(['profile']);
    expect(sources.profile).toBeGreaterThan(expected.size / 2);
    expect(await page.locator('[data-note="thorough"]').innerText()).toContain(`so ${(await numberOf(page, 'data-scanned')).toLocaleString('en-US')} people take about a minute`);
  });

  it('cancels while confirming, keeps what it had over a reload, and on Resume confirms the rest', async () => {
    const expected = await changeOrganisation({ index: { staleShare: 0.3 }, throttle: { sharePointPer5min: 100 } });
    const page = session.page;
    await openOrganisation(page);
    await page.locator('[data-action="start-scan"]').click();
    await everyoneHasAVerdict(page);
    await page.locator('[data-waiting="sharePoint"]').waitFor({ timeout: 60000 });
    await page.locator('[data-action="cancel-scan"]').click();
    expect(await waitForStatus(page, ['cancelled', 'done'])).toBe('cancelled');
    expect(await page.evaluate(() => document.activeElement && document.activeElement.getAttribute('data-action'))).toBe('resume-scan');

    await page.reload();
    await root(page).waitFor();
    expect(await statusOf(page)).toBe('cancelled');
    expect(await numberOf(page, 'data-scanned')).toBe(expected.size);
    await changeOrganisation({ throttle: { sharePointPer5min: 0 } });
    await page.locator('[data-action="resume-scan"]').click();
    expect(await waitForStatus(page, ['done', 'error'])).toBe('done');
    expect(await root(page).getAttribute('data-check')).toBe('quick');
    expect(await countsOn(page)).toEqual(withoutZeros(expected.expected));
  });
});
