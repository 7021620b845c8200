import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { ProfileCheck } from '../../../../check';
import type { IPhotoSync, PhotoSyncState } from '../../../../sync';
import { PreviewState } from '../../../../preview';
import { checkIn, pendingPhotoSyncCheck } from '../../testing/checks';
import { expectNoAxeViolations } from '../../testing/axe';
import ProfileSyncDetails, { IProfileSyncDetailsProps } from '.';

const LINKS = { editProfile: 'https://www.microsoft365.com/', photoHelp: '', propertyHelp: '' };

function idleSync(): IPhotoSync {
  const state: PhotoSyncState = { status: 'idle' };
  return { state, start: jest.fn(() => new Promise(() => undefined)), subscribe: (listener) => { listener(state); return () => undefined; } };
}

function renderDetails(check: ProfileCheck, props: Partial<IProfileSyncDetailsProps> = {}): HTMLElement {
  return render(<ProfileSyncDetails check={check} running={false} runAgain={jest.fn()} links={LINKS} locale="en-US" allowedOrigins={[]}
    version="1.2.3" photoSync={idleSync()} {...props} />).container;
}

describe('ProfileSyncDetails', () => {
  it.each(['photo-missing-in-sharepoint', 'photo-differs', 'photo-unverified'] as PreviewState[])(
    'offers "Sync my photo" for %s', (state) => {
      renderDetails(checkIn(state));
      expect(screen.getByRole('button', { name: 'Sync my photo' })).toBeTruthy();
    });

  it.each(['in-sync', 'photo-missing-in-microsoft365', 'property-differs', 'partial-graph-permission'] as PreviewState[])(
    'does not offer it for %s', (state) => {
      renderDetails(checkIn(state));
      expect(screen.queryByRole('button', { name: 'Sync my photo' })).toBeNull();
    });

  it('after an accepted sync, says SharePoint has the new photo and offers no second sync', async () => {
    const container = renderDetails(pendingPhotoSyncCheck());
    const pending = container.querySelector('[data-finding="photo-sync-pending"]') as HTMLElement;
    expect(pending.getAttribute('data-severity')).toBe('info');
    expect(pending.textContent).toContain('SharePoint has your new photo');
    expect(pending.textContent).toContain('up to a day');
    expect(container.querySelector('[data-finding="photo-differs"]')).toBeNull();
    expect(container.querySelector('[data-action="sync-photo"]')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Sync my photo' })).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('a day after an accepted sync, says the photo still differs and what to do, still without a second sync', () => {
    const container = renderDetails(pendingPhotoSyncCheck(true));
    const overdue = container.querySelector('[data-finding="photo-sync-pending"]') as HTMLElement;
    expect(overdue.getAttribute('data-severity')).toBe('warning');
    expect(overdue.textContent).toContain("SharePoint still doesn't show your new photo");
    expect(overdue.textContent).toContain('Reload this page with Ctrl+F5');
    expect(container.querySelector('[data-action="sync-photo"]')).toBeNull();
  });

  it('shows the findings, both photos, the table, when it checked, and the links', async () => {
    const container = renderDetails(checkIn('property-differs'));
    expect(screen.getByRole('heading', { name: 'What we found' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Your photos' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Compared details' })).toBeTruthy();
    expect(screen.getByText(/^Last checked /).textContent).toContain('2026');
    expect(screen.getByRole('link', { name: 'Update your profile in Microsoft 365 (opens in a new tab)' })).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it('when Graph refused, still shows the SharePoint values in the table, with Microsoft 365 unread', async () => {
    const container = renderDetails(checkIn('partial-graph-permission'));
    const rows = container.querySelectorAll('tr[data-property]');
    expect(rows.length).toBeGreaterThan(0);
    rows.forEach((row) => {
      expect(row.getAttribute('data-equal')).toBe('unknown');
      expect(row.querySelector('td[data-side="microsoft365"] [data-unread]')).not.toBeNull();
      expect(row.querySelector('td[data-side="sharepoint"] [data-unread]')).toBeNull();
    });
    expect(screen.getByRole('table', { name: 'Compared details' })).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it('shows only what is left to do when nothing could be read', async () => {
    const container = renderDetails(checkIn('error-sharepoint-unavailable'));
    expect(container.querySelector('[data-finding], [data-photo], table')).toBeNull();
    expect(screen.getByRole('button', { name: 'Check again' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy details for the helpdesk' })).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it('checks again when asked, and cannot be asked twice while a check runs', async () => {
    const runAgain = jest.fn();
    const { rerender } = render(<ProfileSyncDetails check={checkIn('in-sync')} running={false} runAgain={runAgain} links={LINKS} locale="en-US"
      allowedOrigins={[]} version="1.2.3" />);
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Check again' })); });
    expect(runAgain).toHaveBeenCalledTimes(1);
    rerender(<ProfileSyncDetails check={checkIn('in-sync')} running={true} runAgain={runAgain} links={LINKS} locale="en-US" allowedOrigins={[]} version="1.2.3" />);
    expect(screen.getByRole('button', { name: 'Checking…' }).getAttribute('aria-disabled')).toBe('true');
  });
});
