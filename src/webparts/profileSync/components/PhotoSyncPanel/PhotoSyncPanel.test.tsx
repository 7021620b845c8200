import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { getTheme } from '@fluentui/react/lib/Styling';
import type { IPhotoSync, PhotoSyncOutcome, PhotoSyncState } from '../../../../sync';
import { expectNoAxeViolations } from '../../testing/axe';
import { PhotoSyncPanel } from './PhotoSyncPanel';

/** A photo sync the test drives by hand. */
function manualSync(): IPhotoSync & { set(state: PhotoSyncState): void; starts: number } {
  let state: PhotoSyncState = { status: 'idle' };
  let listeners: Array<(s: PhotoSyncState) => void> = [];
  const sync = {
    starts: 0,
    get state() { return state; },
    start: () => { sync.starts++; return new Promise<PhotoSyncOutcome>(() => undefined); },
    subscribe: (l: (s: PhotoSyncState) => void) => { listeners.push(l); l(state); return () => { listeners = listeners.filter((x) => x !== l); }; },
    set: (next: PhotoSyncState) => { state = next; act(() => listeners.forEach((l) => l(next))); }
  };
  return sync;
}

describe('PhotoSyncPanel', () => {
  it('offers "Sync my photo" when the check found a photo problem, and starts the sync on click', () => {
    const sync = manualSync();
    render(<PhotoSyncPanel theme={getTheme()} photoSync={sync} offered={true} onFinished={jest.fn()} />);
    fireEvent.click(screen.getByText('Sync my photo'));
    expect(sync.starts).toBe(1);
  });

  it('shows nothing when there is nothing to fix and no sync happened', () => {
    const { container } = render(<PhotoSyncPanel theme={getTheme()} photoSync={manualSync()} offered={false} onFinished={jest.fn()} />);
    expect(container.innerHTML).toBe('');
  });

  it('disables the button and says what it is doing while the sync runs', () => {
    const sync = manualSync();
    const { container } = render(<PhotoSyncPanel theme={getTheme()} photoSync={sync} offered={true} onFinished={jest.fn()} />);
    sync.set({ status: 'running', step: 'uploading' });
    const button = container.querySelector('[data-action="sync-photo"]') as HTMLButtonElement;
    expect(button.disabled || button.getAttribute('aria-disabled') === 'true').toBe(true);
    const live = container.querySelector('[aria-live="polite"]') as HTMLElement;
    expect(live.textContent).toContain('Sending your photo to SharePoint');
  });

  it('reports the outcome once and asks the page to check again', () => {
    const sync = manualSync();
    const onFinished = jest.fn();
    const { container, rerender } = render(<PhotoSyncPanel theme={getTheme()} photoSync={sync} offered={true} onFinished={onFinished} />);
    const outcome: PhotoSyncOutcome = { kind: 'failed', reason: 'blocked', uploadAttempted: true };
    sync.set({ status: 'done', outcome });
    rerender(<PhotoSyncPanel theme={getTheme()} photoSync={sync} offered={true} onFinished={onFinished} />);
    expect(onFinished).toHaveBeenCalledTimes(1);
    expect(container.textContent).toContain('Your organization may have turned off photo changes; ask IT.');
    expect(container.querySelector('[data-photo-sync="failed"]')).not.toBeNull();
  });

  it('stays usable with a screen reader while it runs and once it is done', async () => {
    const sync = manualSync();
    const { container } = render(<PhotoSyncPanel theme={getTheme()} photoSync={sync} offered={true} onFinished={jest.fn()} />);
    await expectNoAxeViolations(container);
    sync.set({ status: 'running', step: 'verifying' });
    await expectNoAxeViolations(container);
    sync.set({ status: 'done', outcome: { kind: 'accepted', uploadedBytes: 1000, shrunk: false, unconfirmed: 'timestamp-unchanged' } });
    expect(container.querySelector('[data-photo-sync="accepted"]')).not.toBeNull();
    await expectNoAxeViolations(container);
  });

  it('shows the outcome as the banner and keeps the button waiting until the page has checked again, then as a quiet note', () => {
    const sync = manualSync();
    const theme = getTheme();
    const { container, rerender } = render(<PhotoSyncPanel theme={theme} photoSync={sync} offered={true} onFinished={jest.fn()} />);
    const button = container.querySelector('[data-action="sync-photo"]') as HTMLButtonElement;
    button.focus();
    sync.set({ status: 'done', outcome: { kind: 'failed', reason: 'blocked', uploadAttempted: true } });
    rerender(<PhotoSyncPanel theme={theme} photoSync={sync} offered={true} awaitingCheck={true} onFinished={jest.fn()} />);
    expect(container.querySelector('[data-banner="error"]')).not.toBeNull();
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(button);
    rerender(<PhotoSyncPanel theme={theme} photoSync={sync} offered={true} awaitingCheck={false} onFinished={jest.fn()} />);
    expect(container.querySelector('[data-banner]')).toBeNull();
    expect(container.querySelector('[data-note="error"]')).not.toBeNull();
    expect(button.getAttribute('aria-disabled')).toBeNull();
  });
});
