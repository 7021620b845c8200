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
    expect(verdictFor('property-not-synced').text).toBe("Your SharePoint profile matches your Microsoft 365 profile. There's a note below.");
  });

  it('names each property that differs once, in lower case, in the language\'s own list words, as a warning', () => {
    expect(verdictFor('property-differs')).toMatchObject({
      text: "Your SharePoint profile doesn't match Microsoft 365. What's different: job title and department.", banner: 'warning'
    });
  });

  it('says a photo difference in a sentence of its own', () => {
    expect(verdictFor('photo-differs').text).toBe("Your profile photo in SharePoint isn't the same as in Microsoft 365.");
  });

  it('says a damaged Microsoft 365 photo as what it is, not as a difference SharePoint will catch up on', () => {
    const { container } = render(<Verdict theme={getTheme()} diagnosis={{
      status: 'out-of-sync', findings: [{ code: 'photo-damaged-in-microsoft365', severity: 'warning' }]
    }} />);
    expect((container.querySelector('[data-verdict]') as HTMLElement).textContent).toBe("Your photo in Microsoft 365 is damaged, so SharePoint can't copy it.");
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
