import { Page } from 'playwright-core';

export type Status = 'loading' | 'in-sync' | 'out-of-sync' | 'error';

/** Opens the fake tenant's page for a persona and waits for the web part's verdict. */
export async function openPersona(page: Page, baseUrl: string, persona: string, query: Record<string, string> = {}): Promise<Status> {
  const params = new URLSearchParams({ persona, ...query });
  await page.goto(`${baseUrl}/?${params.toString()}`);
  return waitForVerdict(page);
}

/**
 * Waits for a verdict and the details under it (they render once the verdict has been painted), or for
 * a web part that hides itself; with `after`, for a verdict from a check that finished after that many checks.
 */
export async function waitForVerdict(page: Page, after = 0): Promise<Status> {
  const root = page.locator('[data-profile-sync]');
  await page.waitForFunction((n) => {
    const element = document.querySelector('[data-profile-sync]');
    return !!element && element.getAttribute('data-status') !== 'loading' && element.getAttribute('aria-busy') !== 'true' &&
      Number(element.getAttribute('data-checks')) > n &&
      ((element as HTMLElement).hidden || !!element.querySelector('[data-action="check-again"]'));
  }, after, { timeout: 20000 });
  return (await root.getAttribute('data-status')) as Status;
}

export async function checksSoFar(page: Page): Promise<number> {
  return Number(await page.locator('[data-profile-sync]').getAttribute('data-checks'));
}

/** The findings as `code` or `code:field`, in page order. */
export async function findingsOn(page: Page): Promise<string[]> {
  return page.locator('[data-finding]').evaluateAll((elements) => elements.map((e) => {
    const field = e.getAttribute('data-field');
    return field ? `${e.getAttribute('data-finding')}:${field}` : (e.getAttribute('data-finding') as string);
  }));
}

/**
 * Anything a hostile profile value could have injected: script or event-handler markup inside the
 * web part, or a javascript:/data: address in a link or image.
 */
export async function injectedContent(page: Page, rootSelector: string = '[data-profile-sync]'): Promise<string[]> {
  return page.locator(rootSelector).evaluate((root) => {
    const found: string[] = [];
    root.querySelectorAll('script, iframe, object, embed, svg').forEach((e) => found.push(`<${e.tagName.toLowerCase()}>`));
    root.querySelectorAll('*').forEach((e) => {
      Array.prototype.forEach.call(e.attributes, (a: Attr) => {
        if (/^on/i.test(a.name)) found.push(`${e.tagName.toLowerCase()}[${a.name}]`);
      });
    });
    root.querySelectorAll('[src], [href]').forEach((e) => {
      const value = e.getAttribute('src') || e.getAttribute('href') || '';
      const url = new URL(value, window.location.href);
      const allowed = url.protocol === 'https:' || url.origin === window.location.origin;
      if (!allowed) found.push(`${e.tagName.toLowerCase()} -> ${value}`);
    });
    return found;
  });
}
