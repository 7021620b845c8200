import { Page } from 'playwright-core';
import { openPersona } from './support/page';
import { useBrowserSession } from './support/session';

jest.setTimeout(300000);

const session = useBrowserSession();

async function personas(): Promise<string[]> {
  const response = await fetch(`${session.tenant.url}/__tenant/personas`);
  return ((await response.json()) as Array<{ name: string }>).map((p) => p.name);
}

/** Opens a persona at a given CSS width (320 px is a phone, and 1280 px at 400 % zoom). */
async function openAt(width: number, persona: string, query: Record<string, string> = {}): Promise<Page> {
  await session.page.setViewportSize({ width, height: 800 });
  await openPersona(session.page, session.tenant.url, persona, query);
  await session.page.locator('[data-action="check-again"]').waitFor();
  return session.page;
}

/** How far the page and the web part reach past the viewport, in CSS px (0 when nothing scrolls sideways). */
async function overflow(page: Page): Promise<{ page: number; webPart: number }> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-profile-sync]') as HTMLElement;
    return {
      page: document.documentElement.scrollWidth - window.innerWidth,
      webPart: Math.max(root.scrollWidth - root.clientWidth, root.getBoundingClientRect().right - window.innerWidth)
    };
  });
}

describe('fits a phone and 400 % zoom without scrolling sideways', () => {
  it('every persona, 320 px wide, in English and in Norwegian (longer words)', async () => {
    const failures: string[] = [];
    for (const lang of ['en-us', 'nb-no']) {
      for (const persona of await personas()) {
        await session.tenant.reset();
        const page = await openAt(320, persona, { lang });
        const result = await overflow(page);
        if (result.page > 0 || result.webPart > 0) failures.push(`${persona} ${lang}: ${JSON.stringify(result)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('in Teams and on a strong section at 320 px too', async () => {
    for (const query of [{ host: 'teams' }, { section: 'strong' }] as Array<Record<string, string>>) {
      const page = await openAt(320, 'property-drift', query);
      expect(await overflow(page)).toEqual({ page: 0, webPart: expect.any(Number) });
      expect((await overflow(page)).webPart).toBeLessThanOrEqual(0);
    }
  });

  it('stacks the table rows at 320 px, keeps columns on a wide page, and wraps an address between its parts', async () => {
    let page = await openAt(320, 'property-drift');
    const stacked = await page.locator('tr[data-property="mail"]').evaluate((row) => {
      const cells = Array.from(row.querySelectorAll('th, td')).map((cell) => cell.getBoundingClientRect());
      const value = row.querySelector('td[data-side="sharepoint"]') as HTMLElement;
      return { lefts: cells.map((c) => Math.round(c.left)), wbr: value.querySelectorAll('wbr').length, status: getComputedStyle(row.querySelector('td[data-side="status"]') as Element).display };
    });
    // Stacked: every cell starts at the same left edge, one under the other.
    expect(new Set(stacked.lefts).size).toBe(1);
    expect(stacked.wbr).toBeGreaterThan(0);
    expect(stacked.status).not.toBe('none');
    page = await openAt(1000, 'property-drift');
    const lefts = await page.locator('tr[data-property="mail"] > *').evaluateAll((cells) => cells.map((c) => Math.round(c.getBoundingClientRect().left)));
    expect(new Set(lefts).size).toBe(4);
  });
});

describe('the design details', () => {
  it('shows initials where there is no photo', async () => {
    const page = await openAt(1000, 'no-photo-anywhere');
    const initials = await page.locator('[data-photo] [data-initials]').evaluateAll((elements) => elements.map((e) => e.textContent));
    expect(initials).toHaveLength(2);
    initials.forEach((text) => expect(text).toMatch(/^\p{Lu}{1,2}$/u));
  });

  it('when Graph refused, shows every SharePoint value and its photo, with Microsoft 365 unread', async () => {
    const page = await openAt(1000, 'graph-permission-missing');
    expect(await page.locator('[data-photo="sharepoint"] img').count()).toBe(1);
    const rows = await page.locator('tr[data-property]').evaluateAll((trs) => trs.map((tr) => ({
      equal: tr.getAttribute('data-equal'),
      sharePoint: (tr.querySelector('td[data-side="sharepoint"]') as HTMLElement).querySelector('[data-unread]') === null,
      microsoft365: (tr.querySelector('td[data-side="microsoft365"]') as HTMLElement).querySelector('[data-unread]') !== null
    })));
    expect(rows.length).toBeGreaterThan(5);
    rows.forEach((row) => expect(row).toEqual({ equal: 'unknown', sharePoint: true, microsoft365: true }));
  });

  it('when SharePoint is down, shows every Microsoft 365 value', async () => {
    const page = await openAt(1000, 'sharepoint-unavailable');
    const unread = await page.locator('tr[data-property]').evaluateAll((trs) => trs.map((tr) => [
      !!tr.querySelector('td[data-side="sharepoint"] [data-unread]'), !!tr.querySelector('td[data-side="microsoft365"] [data-unread]')
    ]));
    expect(unread.length).toBeGreaterThan(5);
    unread.forEach((pair) => expect(pair).toEqual([true, false]));
  });

  it('names the section by its title and keeps the headings in order (h2 > h3 > h4)', async () => {
    const page = await openAt(1000, 'property-drift');
    const { name, levels } = await page.locator('[data-profile-sync]').evaluate((root) => {
      const labelledBy = root.getAttribute('aria-labelledby') || '';
      return {
        name: (document.getElementById(labelledBy) || { textContent: '' }).textContent,
        levels: Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6')).map((h) => Number(h.tagName[1]))
      };
    });
    expect(name).toBeTruthy();
    expect(levels[0]).toBe(2);
    levels.forEach((level, i) => { if (i > 0) expect(level).toBeLessThanOrEqual(levels[i - 1] + 1); });
    expect(await page.locator('table[aria-labelledby]').count()).toBe(1);
  });

  it('underlines links on a strong section, and says they open a new tab', async () => {
    const page = await openAt(1000, 'property-drift', { section: 'strong' });
    const links = await page.locator('[data-profile-sync] a[target="_blank"]').evaluateAll((anchors) => anchors.map((a) => ({
      underline: getComputedStyle(a).textDecorationLine,
      // Text read by screen readers but one pixel or less on screen: "(opens in a new tab)".
      hiddenText: Array.from(a.querySelectorAll('span')).some((span) => !!(span.textContent || '').trim() && span.getBoundingClientRect().width <= 1)
    })));
    expect(links.length).toBeGreaterThan(0);
    links.forEach((link) => expect(link).toEqual({ underline: 'underline', hiddenText: true }));
  });

  it('in Teams, shows the title once (the tab says it) yet keeps it for screen readers', async () => {
    const page = await openAt(1000, 'in-sync', { host: 'teams' });
    const title = page.locator('[data-profile-sync] h2').first();
    expect(await title.count()).toBe(1);
    const box = await title.boundingBox();
    expect(box === null || box.width <= 1).toBe(true);
    expect(await page.locator('[data-profile-sync]').getAttribute('aria-labelledby')).toBe(await title.getAttribute('id'));
  });
});
