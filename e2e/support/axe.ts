import * as fs from 'fs';
import { Page } from 'playwright-core';

let source: string | undefined;
const axeSource = (): string => (source = source || fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));

export interface AxeViolation { id: string; impact: string; help: string; nodes: string[] }

/**
 * Runs axe-core on the web part (not the fake tenant's own bar) and returns serious and critical violations.
 * Every rule still runs on every node; resultTypes only spares axe listing each node that passed.
 */
export async function seriousViolations(page: Page, rootSelector: string = '[data-profile-sync]'): Promise<AxeViolation[]> {
  // Served from the page's own origin, so Chromium compiles it as it streams in: half the time of
  // handing it over as inline text, for each of the many pages the tests check.
  const axeUrl = `${new URL(page.url()).origin}/__tests/axe.min.js`;
  await page.route(axeUrl, (route) => route.fulfill({ body: axeSource(), contentType: 'text/javascript; charset=utf-8' }));
  await page.addScriptTag({ url: axeUrl });
  return page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run(context: Element, options: object): Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run(document.querySelector(selector) as Element, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'], resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  }, rootSelector);
}
