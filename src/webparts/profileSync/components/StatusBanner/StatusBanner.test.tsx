import * as React from 'react';
import { render } from '@testing-library/react';
import { getTheme } from '@fluentui/react/lib/Styling';
import { expectNoAxeViolations } from '../../testing/axe';
import { BannerKind, StatusBanner } from '.';

describe('StatusBanner', () => {
  it.each(['success', 'warning', 'error'] as BannerKind[])('says a %s in words, with its icon hidden from screen readers', async (kind) => {
    const { container } = render(<StatusBanner kind={kind} theme={getTheme()}><strong>Your profiles match.</strong></StatusBanner>);
    const banner = container.querySelector(`[data-banner="${kind}"]`) as HTMLElement;
    expect(banner.textContent).toBe('Your profiles match.');
    expect(banner.querySelector('[aria-hidden="true"]')).not.toBeNull();
    await expectNoAxeViolations(container);
  });

  it('looks different for each kind, so the kind is not only in the words', () => {
    const classOf = (kind: BannerKind): string => {
      const { container, unmount } = render(<StatusBanner kind={kind} theme={getTheme()}>text</StatusBanner>);
      const className = (container.firstChild as HTMLElement).className;
      unmount();
      return className;
    };
    expect(new Set([classOf('success'), classOf('warning'), classOf('error')]).size).toBe(3);
  });

  it('turns quiet without changing its words or elements, so a live region does not say it again', async () => {
    const theme = getTheme();
    const { container, rerender } = render(<StatusBanner kind="error" theme={theme}><strong>We didn't send it.</strong></StatusBanner>);
    const words = container.querySelector('strong') as HTMLElement;
    rerender(<StatusBanner kind="error" quiet={true} theme={theme}><strong>We didn't send it.</strong></StatusBanner>);
    expect(container.querySelector('strong')).toBe(words);
    expect(container.querySelector('[data-banner]')).toBeNull();
    expect((container.querySelector('[data-note="error"]') as HTMLElement).textContent).toBe("We didn't send it.");
    await expectNoAxeViolations(container);
  });
});
