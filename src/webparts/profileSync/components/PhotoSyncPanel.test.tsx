import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { IPhotoSync, PhotoSyncFailureReason, PhotoSyncOutcome, PhotoSyncState } from '../../../sync/types';
import { PhotoSyncPanel } from './PhotoSyncPanel';
import { photoSyncOutcomeText } from './photoSyncText';
import { profileSyncClassNames } from './styles';
import { getTheme } from '@fluentui/react/lib/Styling';

const classNames = profileSyncClassNames(getTheme());

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
    render(<PhotoSyncPanel theme={getTheme()} photoSync={sync} offered={true} onFinished={jest.fn()} classNames={classNames} />);
    fireEvent.click(screen.getByText('Sync my photo'));
    expect(sync.starts).toBe(1);
  });

  it('shows nothing when there is nothing to fix and no sync happened', () => {
    const { container } = render(<PhotoSyncPanel theme={getTheme()} photoSync={manualSync()} offered={false} onFinished={jest.fn()} classNames={classNames} />);
    expect(container.innerHTML).toBe('');
  });

  it('disables the button and says what it is doing while the sync runs', () => {
    const sync = manualSync();
    const { container } = render(<PhotoSyncPanel theme={getTheme()} photoSync={sync} offered={true} onFinished={jest.fn()} classNames={classNames} />);
    sync.set({ status: 'running', step: 'uploading' });
    const button = container.querySelector('[data-action="sync-photo"]') as HTMLButtonElement;
    expect(button.disabled || button.getAttribute('aria-disabled') === 'true').toBe(true);
    const live = container.querySelector('[aria-live="polite"]') as HTMLElement;
    expect(live.textContent).toContain('Sending your photo to SharePoint');
  });

  it('reports the outcome once and asks the page to check again', () => {
    const sync = manualSync();
    const onFinished = jest.fn();
    const { container, rerender } = render(<PhotoSyncPanel theme={getTheme()} photoSync={sync} offered={true} onFinished={onFinished} classNames={classNames} />);
    const outcome: PhotoSyncOutcome = { kind: 'failed', reason: 'blocked', uploadAttempted: true };
    sync.set({ status: 'done', outcome });
    rerender(<PhotoSyncPanel theme={getTheme()} photoSync={sync} offered={true} onFinished={onFinished} classNames={classNames} />);
    expect(onFinished).toHaveBeenCalledTimes(1);
    expect(container.textContent).toContain('Your organisation may have turned off photo changes; ask IT.');
    expect(container.querySelector('[data-photo-sync="failed"]')).not.toBeNull();
  });
});

describe('photoSyncOutcomeText', () => {
  const reasons: PhotoSyncFailureReason[] = ['no-microsoft365-photo', 'not-an-image', 'unsupported-format', 'placeholder', 'too-large',
    'digest', 'blocked', 'rejected', 'too-large-for-sharepoint', 'throttled', 'unavailable', 'offline', 'unknown'];

  it('gives every failure its own message', () => {
    const headlines = reasons.map((reason) => photoSyncOutcomeText({ kind: 'failed', reason, uploadAttempted: false }).headline);
    expect(new Set(headlines).size).toBe(reasons.length);
    headlines.forEach((headline) => expect(headline.length).toBeGreaterThan(20));
  });

  it('does not claim nothing changed when the connection dropped during the upload', () => {
    const text = photoSyncOutcomeText({ kind: 'failed', reason: 'offline', uploadAttempted: true });
    expect(text.headline).toContain('It may or may not have arrived');
    expect(text.details).not.toContain('Nothing was changed.');
  });

  it('says how long to wait when throttled', () => {
    expect(photoSyncOutcomeText({ kind: 'failed', reason: 'throttled', uploadAttempted: true, retryAfterSeconds: 120 }).details)
      .toContain('The service asked us to wait 120 seconds.');
  });

  it('adds the honest cache caveat even when verified, and says when it sent a smaller copy', () => {
    const profile = {} as never;
    const text = photoSyncOutcomeText({ kind: 'verified', uploadedBytes: 512000, shrunk: true, profileAfter: profile });
    expect(text.headline).toBe('Done. SharePoint now has your Microsoft 365 photo.');
    expect(text.details).toEqual(['Your photo was larger than SharePoint accepts, so we sent a smaller copy (500 KB).',
      "Other pages and your browser's cache may show the old photo for a while, up to 24 to 72 hours. Reloading a page with Ctrl+F5 shows the new one sooner."]);
  });
});
