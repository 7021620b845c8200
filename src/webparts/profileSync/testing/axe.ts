import axe from 'axe-core';

// The same WCAG 2.1 AA and best-practice rules as the browser tests (e2e/support/axe.ts), in jsdom.
// jsdom lays nothing out and paints nothing, so colour contrast is left to the browser tests.
const OPTIONS: axe.RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  rules: {
    'color-contrast': { enabled: false },
    // A component is tested on its own, outside the page's landmarks.
    region: { enabled: false }
  }
};

function describeViolation(violation: axe.Result): string {
  return `${violation.id} (${violation.impact || 'no impact'}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`;
}

/** Fails the test with axe-core's words for every accessibility violation in what was rendered. */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const result = await axe.run(container, OPTIONS);
  expect(result.violations.map(describeViolation)).toEqual([]);
}
