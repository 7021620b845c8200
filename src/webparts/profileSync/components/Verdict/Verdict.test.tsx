import * as React from 'react';
import { render } from '@testing-library/react';
import { getTheme } from '@fluentui/react/lib/Styling';
import { completeCheckIn } from '../../testing/checks';
import { expectNoAxeViolations } from '../../testing/axe';
import { Verdict } from '.';

function verdictFor(state: Parameters<typeof completeCheckIn>[0]): { text: string; banner: string; container: HTMLElement } {
  const { container } = render(<Verdict diagnosis={completeCheckIn(state).diagnosis} theme={getTheme()} />);
  return {
    text: (container.querySelector('[data-verdict]') as HTMLElement).textContent || '',
    banner: (container.querySelector('[data-banner]') as HTMLElement).getAttribute('data-banner') || '',
    container
  };
}

describe('Verdict', () => {
  it('says the profiles match, as a success', async () => {
    const verdict = verdictFor('in-sync');
    expect(verdict).toMatchObject({ text: 'Your SharePoint profile matches your Microsoft 365 profile.', banner: 'success' });
    await expectNoAxeViolations(verdict.container);
  });

  it('points to the notes when they match but something is worth knowing', () => {
    expect(verdictFor('property-not-synced').text).toBe('Your SharePoint profile matches your Microsoft 365 profile. See the notes below.');
  });

  it('names each property that differs once, in the language\'s own list words, as a warning', () => {
    expect(verdictFor('property-differs')).toMatchObject({
      text: 'Your SharePoint profile differs from Microsoft 365: Job title and Department.', banner: 'warning'
    });
  });

  it('calls a photo difference "photo"', () => {
    expect(verdictFor('photo-differs').text).toBe('Your SharePoint profile differs from Microsoft 365: photo.');
  });

  it('can take focus from script, but is no tab stop of its own', async () => {
    const ref = React.createRef<HTMLDivElement>();
    const { container } = render(<Verdict ref={ref} diagnosis={completeCheckIn('photo-differs').diagnosis} theme={getTheme()} />);
    (ref.current as HTMLDivElement).focus();
    expect(document.activeElement).toBe(ref.current);
    expect((ref.current as HTMLDivElement).getAttribute('tabindex')).toBe('-1');
    expect((document.activeElement as HTMLElement).querySelector('[data-verdict]')).not.toBeNull();
    await expectNoAxeViolations(container);
  });
});
