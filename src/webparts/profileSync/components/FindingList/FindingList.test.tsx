import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { getTheme } from '@fluentui/react/lib/Styling';
import type { FindingCode } from '../../../../profile';
import { PREVIEW_STATES } from '../../../../preview';
import { completeCheckIn } from '../../testing/checks';
import { expectNoAxeViolations } from '../../testing/axe';
import { FindingList } from '.';

function renderFindings(state: Parameters<typeof completeCheckIn>[0]): HTMLElement {
  return render(<FindingList findings={completeCheckIn(state).diagnosis.findings} theme={getTheme()} />).container;
}

describe('FindingList', () => {
  it('shows nothing when nothing differs', () => {
    expect(renderFindings('in-sync').innerHTML).toBe('');
  });

  it('explains a property difference with both values, and why properties differ once below the list', async () => {
    const container = renderFindings('property-differs');
    const jobTitle = container.querySelector('[data-finding="property-differs"][data-field="jobTitle"]') as HTMLElement;
    expect(jobTitle.querySelector('h4')?.textContent).toBe('Your job title is different in SharePoint');
    expect(jobTitle.textContent).toContain('In SharePoint:Project Coordinator');
    expect(jobTitle.getAttribute('data-severity')).toBe('warning');
    expect(container.querySelectorAll('[data-note="property-differs"]')).toHaveLength(1);
    expect(screen.getByText('Why SharePoint is behind')).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it('calls an unsynced property expected, with what to do, and no note about the import', () => {
    const container = renderFindings('property-not-synced');
    const mobile = container.querySelector('[data-finding="property-not-synced"][data-field="mobilePhone"]') as HTMLElement;
    expect(mobile.textContent).toContain('Your mobile phone in SharePoint is yours to keep');
    expect(mobile.textContent).toContain('+1 425 555 0177');
    expect(mobile.textContent).toContain('edit your SharePoint profile');
    expect(container.querySelector('[data-note]')).toBeNull();
  });

  it('says Microsoft 365 could not tell whether there is a photo, with its reason, as a note and not a warning', () => {
    const reason = 'MailboxNotEnabledForRESTAPI: The mailbox is either inactive, soft-deleted, or is hosted on-premise.';
    const container = render(<FindingList findings={[{ code: 'photo-unverified', severity: 'info', reason }]} theme={getTheme()} />).container;
    const finding = container.querySelector('[data-finding="photo-unverified"]') as HTMLElement;
    expect(finding.getAttribute('data-severity')).toBe('info');
    expect(finding.querySelector('h4')?.textContent).toBe("We couldn't tell if you have a photo in Microsoft 365");
    expect(finding.textContent).toContain(reason);
    expect(finding.textContent).not.toMatch(/add a photo/i);
  });

  it('tells how to fix a photo that differs, without a values list', async () => {
    const container = renderFindings('photo-differs');
    const photo = container.querySelector('[data-finding="photo-differs"]') as HTMLElement;
    expect(photo.querySelector('h4')?.textContent).toBe('SharePoint shows an older photo');
    expect(photo.textContent).toContain('press “Sync my photo”');
    expect(photo.querySelector('dl')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('gives every finding code the preview can show a title of its own', () => {
    const titles = new Map<FindingCode, string>();
    PREVIEW_STATES.forEach((state) => {
      if (state === 'partial-graph-permission' || state === 'error-sharepoint-unavailable') return;
      const { container, unmount } = render(<FindingList findings={completeCheckIn(state).diagnosis.findings} theme={getTheme()} />);
      container.querySelectorAll('[data-finding]').forEach((item) => {
        titles.set(item.getAttribute('data-finding') as FindingCode, item.querySelector('h4')?.textContent || '');
      });
      unmount();
    });
    expect(Array.from(titles.keys()).sort()).toEqual(['photo-differs', 'photo-missing-in-microsoft365', 'photo-missing-in-sharepoint',
      'photo-unverified', 'property-differs', 'property-not-synced']);
    expect(new Set(titles.values()).size).toBe(titles.size);
  });
});
