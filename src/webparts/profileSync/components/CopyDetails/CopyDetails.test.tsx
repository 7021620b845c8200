import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { getTheme } from '@fluentui/react/lib/Styling';
import { checkIn } from '../../testing/checks';
import { expectNoAxeViolations } from '../../testing/axe';
import type { IPhotoSync, PhotoSyncState } from '../../../../sync';
import { CopyDetails } from '.';

function setClipboard(writeText: ((text: string) => Promise<void>) | undefined): void {
  Object.defineProperty(navigator, 'clipboard', { value: writeText ? { writeText } : undefined, configurable: true });
}

async function pressCopy(): Promise<void> {
  await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Copy details for the helpdesk' })); });
}

describe('CopyDetails', () => {
  afterEach(() => setClipboard(undefined));

  it('copies a helpdesk report of the check and says it did', async () => {
    const writeText = jest.fn(() => Promise.resolve());
    setClipboard(writeText);
    const { container } = render(<CopyDetails check={checkIn('property-differs')} version="1.2.3" locale="en-US" theme={getTheme()} />);
    await pressCopy();
    const report = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(report).toContain('Profile sync: details for the helpdesk');
    expect(report).toContain('Job title');
    expect(report).toContain('1.2.3');
    expect((container.querySelector('[data-copy="done"]') as HTMLElement).textContent).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it("reports the page's photo sync as it stands when the button is pressed, not as it was when the page drew", async () => {
    const writeText = jest.fn(() => Promise.resolve());
    setClipboard(writeText);
    let state: PhotoSyncState = { status: 'idle' };
    const photoSync: IPhotoSync = { get state() { return state; }, start: jest.fn(), subscribe: () => () => undefined };
    render(<CopyDetails check={checkIn('photo-differs')} version="1.2.3" locale="en-US" theme={getTheme()} photoSync={photoSync} />);
    state = { status: 'done', outcome: { kind: 'failed', reason: 'blocked', uploadAttempted: true, finishedAt: Date.parse('2026-11-15T12:03:00Z') } };
    await pressCopy();
    const report = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(report).toMatch(/\n[^\n]*: [^\n]* \(failed: blocked\)\n/);
    expect(report).toContain('2026-11-15T12:03:00.000Z');
  });

  it('shows the report to copy by hand, in a labelled box, when the browser refuses the clipboard', async () => {
    setClipboard(() => Promise.reject(new Error('NotAllowedError')));
    const { container } = render(<CopyDetails check={checkIn('error-sharepoint-unavailable')} version="1.2.3" locale="en-US" theme={getTheme()} />);
    await pressCopy();
    expect(container.querySelector('[data-copy="failed"]')).not.toBeNull();
    const box = container.querySelector('textarea') as HTMLTextAreaElement;
    expect(box.readOnly).toBe(true);
    // Focus goes to the text, so Ctrl+C is the next step.
    expect(document.activeElement).toBe(box);
    expect(box.value).toContain("No result: a profile couldn't be read");
    await expectNoAxeViolations(container);
  });

  it('shows the report to copy by hand where there is no clipboard at all', async () => {
    render(<CopyDetails check={checkIn('in-sync')} version="1.2.3" locale="en-US" theme={getTheme()} />);
    await pressCopy();
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toContain('In sync');
  });
});
