import * as React from 'react';
import { render } from '@testing-library/react';
import { getTheme } from '@fluentui/react/lib/Styling';
import type { ScanProgress } from '../../../../organisation';
import { expectNoAxeViolations } from '../../testing/axe';
import { OrganisationProgress } from '.';

function progress(overrides: Partial<ScanProgress>): ScanProgress {
  return { status: 'scanning', scanned: 0, total: 1000, counts: {}, restored: false, resumable: false, requests: { graph: 0, sharePoint: 0, reusedPeople: 0 }, ...overrides };
}

describe('OrganisationProgress', () => {
  it('shows how many of how many are checked and the minutes left, rounded up', async () => {
    const { container } = render(<OrganisationProgress progress={progress({ scanned: 250, remainingMs: 125000 })} locale="en-US" theme={getTheme()} />);
    expect(container.textContent).toContain('250 of 1,000 checked. About 3 min left.');
    expect(container.querySelector('[role="progressbar"]')!.getAttribute('aria-valuenow')).toBe('25');
    await expectNoAxeViolations(container);
  });

  it('says it is still counting while Graph has not said how many there are', () => {
    const { container } = render(<OrganisationProgress progress={progress({ scanned: 999, total: undefined })} locale="en-US" theme={getTheme()} />);
    expect(container.textContent).toContain('999 checked, finding out how many there are…');
  });

  it('reads the count out at most every so often, not at every batch', () => {
    let now = 1000000;
    const clock = jest.spyOn(Date, 'now').mockImplementation(() => now);
    try {
      const view = (scanned: number): JSX.Element => <OrganisationProgress progress={progress({ scanned })} locale="en-US" theme={getTheme()} announceEveryMs={15000} />;
      const { container, rerender } = render(view(100));
      const announced = (): string => (container.querySelector('[data-announced]') as HTMLElement).textContent || '';
      expect(announced()).toBe('100 of 1,000 checked');
      now += 5000;
      rerender(view(200));
      expect(announced()).toBe('100 of 1,000 checked');
      now += 11000;
      rerender(view(300));
      expect(announced()).toBe('300 of 1,000 checked');
    } finally {
      clock.mockRestore();
    }
  });

  it('says which service asked to wait, in whole seconds, in a polite live region', () => {
    const { container } = render(<OrganisationProgress progress={progress({ waiting: { source: 'sharePoint', seconds: 2.128 } })} locale="en-US" theme={getTheme()} />);
    const wait = container.querySelector('[data-waiting="sharePoint"]') as HTMLElement;
    expect(wait.textContent).toBe('SharePoint asked us to slow down. The check goes on by itself in 3 seconds.');
    expect(wait.parentElement!.getAttribute('aria-live')).toBe('polite');
  });
});
