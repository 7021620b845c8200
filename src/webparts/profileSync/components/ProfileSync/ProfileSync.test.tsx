import * as React from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { compareProperties, diagnose, readGraphUser, readSharePointProfile } from '../../../../profile';
import { aSharePointProfile } from '../../../../profile/testing/sharePointProfileBuilder';
import { aGraphPhoto, aGraphUser } from '../../../../profile/testing/graphBuilders';
import type { ProfileCheck } from '../../../../check';
import type { IPhotoSync, PhotoSyncOutcome, PhotoSyncState } from '../../../../sync';
import { SourceError } from '../../../../sources';
import { expectNoAxeViolations } from '../../testing/axe';
import ProfileSync, { IProfileSyncProps } from '.';

const links = { editProfile: 'https://www.microsoft365.com/', photoHelp: 'https://support.microsoft.com/photo', propertyHelp: 'https://learn.microsoft.com/sharepoint/user-profile-sync' };

function completeCheck(profile = aSharePointProfile().inFlavour('minimal'), me: unknown = aGraphUser(), photoMatch: 'same' | 'different' | 'unknown' = 'same'): ProfileCheck {
  const input = { sharePointProfile: profile, graphUser: me, graphPhoto: aGraphPhoto(), photoMatch };
  return {
    kind: 'complete',
    diagnosis: diagnose(input),
    properties: compareProperties(input),
    sharePoint: readSharePointProfile(profile),
    graphUser: readGraphUser(me),
    photos: { sharePoint: { blob: new Blob(['sp']) }, microsoft365: { blob: new Blob(['m365']) } },
    photoMatch,
    checkedAt: new Date('2026-11-25T09:30:00Z')
  };
}

async function renderWith(check: ProfileCheck | Promise<ProfileCheck>, props: Partial<IProfileSyncProps> = {}): Promise<ReturnType<typeof render>> {
  const runCheck = jest.fn(() => Promise.resolve(check));
  let result: ReturnType<typeof render> | undefined;
  await act(async () => {
    result = render(<ProfileSync title="" runCheck={runCheck} showOnlyWhenDifferent={false} isEditMode={false} links={links} locale="en-US" {...props} />);
  });
  const rendered = result as ReturnType<typeof render>;
  // The details below the verdict are their own chunk: wait until they are in.
  if (!(rendered.container.querySelector('[data-profile-sync]') as HTMLElement).hidden) {
    await waitFor(() => expect(rendered.container.querySelector('[data-action="check-again"]')).not.toBeNull());
  }
  return rendered;
}

function root(container: HTMLElement): HTMLElement {
  return container.querySelector('[data-profile-sync]') as HTMLElement;
}

describe('ProfileSync', () => {
  it('says it is comparing while the check runs', () => {
    const { container } = render(<ProfileSync title="" runCheck={() => new Promise<ProfileCheck>(() => undefined)} showOnlyWhenDifferent={false} isEditMode={false} links={links} locale="en-US" />);
    expect(root(container).getAttribute('data-status')).toBe('loading');
    expect(root(container).getAttribute('aria-busy')).toBe('true');
    expect(screen.getByText(/Comparing your SharePoint profile/)).toBeTruthy();
  });

  it('says, under the spinner, that it waits for a busy service and for how long', async () => {
    let answer: (check: ProfileCheck) => void = () => undefined;
    const runCheck: IProfileSyncProps['runCheck'] = (options) => new Promise<ProfileCheck>((resolve) => {
      answer = resolve;
      if (options.onWait) options.onWait({ source: 'graph', seconds: 4 });
    });
    const { container } = render(<ProfileSync title="" runCheck={runCheck} showOnlyWhenDifferent={false} isEditMode={false} links={links} locale="en-US" />);
    const note = container.querySelector('[aria-live] [data-waiting="graph"]') as HTMLElement;
    expect(note.textContent).toBe('Microsoft 365 is busy. Asking again in 4 seconds…');
    expect(screen.getByText(/Comparing your SharePoint profile/)).toBeTruthy();
    await act(async () => answer(completeCheck()));
    expect(container.querySelector('[data-waiting]')).toBeNull();
  });

  it('tells the user their profiles match, with both photos and every compared property', async () => {
    const { container } = await renderWith(completeCheck());
    expect(root(container).getAttribute('data-status')).toBe('in-sync');
    expect(screen.getByText('Your SharePoint profile matches your Microsoft 365 profile.')).toBeTruthy();
    expect(container.querySelectorAll('[data-finding]')).toHaveLength(0);
    expect(screen.getByAltText('Your profile photo as SharePoint shows it')).toBeTruthy();
    expect(screen.getByAltText('Your profile photo in Microsoft 365')).toBeTruthy();
    expect(container.querySelectorAll('tbody tr')).toHaveLength(9);
    expect(screen.getByText('Same photo.')).toBeTruthy();
  });

  it('names what differs in the verdict and explains each finding with both values and what to do', async () => {
    const check = completeCheck(aSharePointProfile().inFlavour('minimal'), aGraphUser({ jobTitle: 'Chief Marketing Officer' }), 'different');
    const { container } = await renderWith(check);
    expect(root(container).getAttribute('data-status')).toBe('out-of-sync');
    expect(screen.getByText("Your SharePoint profile doesn't match Microsoft 365. What's different: photo and job title.")).toBeTruthy();
    const photo = container.querySelector('[data-finding="photo-differs"]') as HTMLElement;
    expect(photo.textContent).toContain('press “Sync my photo” to copy it now');
    const title = container.querySelector('[data-finding="property-differs"][data-field="jobTitle"]') as HTMLElement;
    expect(title.textContent).toContain('Marketing Manager');
    expect(title.textContent).toContain('Chief Marketing Officer');
    expect(title.textContent).toContain('how long it takes below');
    const note = container.querySelector('[data-note="property-differs"]') as HTMLElement;
    expect(note.textContent).toContain('depends on how many changes it has to process; usually it\'s done within 48 hours');
    expect(note.textContent).toContain('Update your profile');
    const row = container.querySelector('tr[data-property="jobTitle"]') as HTMLElement;
    expect(row.textContent).toContain('Different');
  });

  it('puts the verdict on screen before the details, and marks the verdict once it has been painted', async () => {
    // The details' chunk is in (as the page preloads it while the requests are out).
    (await renderWith(completeCheck())).unmount();
    // jsdom has no User Timing: a stand-in records the marks.
    const marks: string[] = [];
    const withMarks = performance as unknown as { mark?: (name: string) => void };
    const hadMark = Object.prototype.hasOwnProperty.call(withMarks, 'mark');
    withMarks.mark = (name: string) => { marks.push(name); };
    const verdictMarks = (): number => marks.filter((name) => name === 'profile-sync:verdict').length;
    const frames: FrameRequestCallback[] = [];
    const frame = jest.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    try {
      const { container } = render(<ProfileSync title="" runCheck={() => Promise.resolve(completeCheck())} showOnlyWhenDifferent={false} isEditMode={false} links={links} locale="en-US" />);
      await screen.findByText('Your SharePoint profile matches your Microsoft 365 profile.');
      // Every task queued so far runs (the details' chunk resolving included), but no frame comes: the
      // verdict alone, and not yet marked as on screen.
      await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
      expect(container.querySelector('[data-action="check-again"]')).toBeNull();
      expect(container.querySelector('table')).toBeNull();
      expect(verdictMarks()).toBe(0);
      await act(async () => {
        frames.splice(0).forEach((callback) => callback(0));
        await new Promise((resolve) => setTimeout(resolve, 0));
      });
      expect(verdictMarks()).toBe(1);
      await waitFor(() => expect(container.querySelector('[data-action="check-again"]')).not.toBeNull());
      expect(container.querySelectorAll('tbody tr')).toHaveLength(9);
    } finally {
      frame.mockRestore();
      if (!hadMark) delete withMarks.mark;
    }
  });

  it('calls an unsynced mobile number expected, not a problem', async () => {
    const check = completeCheck(aSharePointProfile({ CellPhone: '+47 900 00 000' }).inFlavour('minimal'), aGraphUser({ mobilePhone: '+47 911 11 111' }));
    const { container } = await renderWith(check);
    expect(root(container).getAttribute('data-status')).toBe('in-sync');
    const note = container.querySelector('[data-finding="property-not-synced"][data-field="mobilePhone"]') as HTMLElement;
    expect(note.textContent).toContain('is yours to keep');
  });

  it('tells the user to ask IT to approve User.Read when Graph refuses, and still shows the SharePoint photo', async () => {
    const failure = new SourceError('graph', 'permission', 'Microsoft Graph answered 403', 403);
    const { container } = await renderWith({
      kind: 'partial', failures: [failure], sharePoint: readSharePointProfile(aSharePointProfile().inFlavour('minimal')),
      photos: { sharePoint: { blob: new Blob(['sp']) }, microsoft365: {} }, checkedAt: new Date()
    });
    expect(root(container).getAttribute('data-status')).toBe('error');
    expect(container.textContent).toContain('Ask IT to approve the Microsoft Graph User.Read request in the SharePoint admin center, under API access.');
    expect(screen.getByAltText('Your profile photo as SharePoint shows it')).toBeTruthy();
    expect(screen.getByText("Couldn't show this photo")).toBeTruthy();
  });

  it('explains each failed side when nothing could be read', async () => {
    const { container } = await renderWith({
      kind: 'failed', checkedAt: new Date(),
      failures: [new SourceError('sharePoint', 'unavailable', 'SharePoint answered 503', 503), new SourceError('graph', 'throttled', 'throttled', 429, 30)]
    });
    expect(root(container).getAttribute('data-status')).toBe('error');
    expect(container.textContent).toContain("SharePoint isn't answering right now (HTTP 503)");
    expect(container.textContent).toContain('Microsoft 365 is too busy to answer right now. Try again in a few minutes. The service asked us to wait 30 seconds.');
  });

  it('shows hostile profile text as text and never links to a javascript: address', async () => {
    const script = '<script>alert(1)</script>';
    const check = completeCheck(aSharePointProfile({ 'SPS-JobTitle': script, PictureURL: 'javascript:alert(1)' }).inFlavour('minimal'), aGraphUser({ jobTitle: '<img src=x onerror=alert(1)>' }), 'unknown');
    if (check.kind === 'complete') check.photos.sharePoint = { url: 'javascript:alert(1)' };
    const { container } = await renderWith(check, { links: { ...links, editProfile: 'javascript:alert(2)' } });
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img[src^="javascript"], a[href^="javascript"], img[src="x"]')).toBeNull();
    expect(container.textContent).toContain(script);
    expect(screen.queryByText('Update your profile in Microsoft 365')).toBeNull();
    expect(screen.getByText("Couldn't show this photo")).toBeTruthy();
  });

  it('stays out of sight when everything matches and the site owner asked for that, but not in edit mode', async () => {
    const hidden = await renderWith(completeCheck(), { showOnlyWhenDifferent: true });
    expect(root(hidden.container).hidden).toBe(true);
    expect(root(hidden.container).getAttribute('data-status')).toBe('in-sync');
    hidden.unmount();
    const editing = await renderWith(completeCheck(), { showOnlyWhenDifferent: true, isEditMode: true });
    expect(root(editing.container).hidden).toBe(false);
    expect(editing.container.textContent).toContain("readers don't see this web part until something is different");
  });

  it('is a region named by its title, with headings in order under it', async () => {
    await renderWith(completeCheck());
    const region = screen.getByRole('region', { name: 'Profile sync' });
    expect(region.hasAttribute('data-profile-sync')).toBe(true);
    const levels = Array.from(region.querySelectorAll('h1, h2, h3, h4, h5, h6')).map((h) => Number(h.tagName[1]));
    expect(levels[0]).toBe(2);
    levels.forEach((level, i) => { if (i > 0) expect(level).toBeLessThanOrEqual(levels[i - 1] + 1); });
  });

  it('in Teams, where the tab shows the title, keeps the heading for screen readers only', async () => {
    await renderWith(completeCheck(), { inTeams: true });
    const title = screen.getByRole('heading', { level: 2, name: 'Profile sync' });
    expect(screen.getByRole('region', { name: 'Profile sync' })).toBeTruthy();
    expect(title.className).not.toBe((await renderWith(completeCheck())).container.querySelector('h2')?.className);
  });

  it('checks again when asked', async () => {
    const runCheck = jest.fn(() => Promise.resolve(completeCheck()));
    await act(async () => {
      render(<ProfileSync title="Is my profile up to date?" runCheck={runCheck} showOnlyWhenDifferent={false} isEditMode={false} links={links} locale="en-US" />);
    });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Is my profile up to date?');
    await screen.findByText('Check again');
    await act(async () => { fireEvent.click(screen.getByText('Check again')); });
    expect(runCheck).toHaveBeenCalledTimes(2);
  });

  it('is usable with a screen reader while loading, with findings, and after a failure', async () => {
    const loading = render(<ProfileSync title="" runCheck={() => new Promise<ProfileCheck>(() => undefined)} showOnlyWhenDifferent={false} isEditMode={false} links={links} locale="en-US" />);
    await expectNoAxeViolations(loading.container);
    loading.unmount();
    const drift = await renderWith(completeCheck(aSharePointProfile().inFlavour('minimal'), aGraphUser({ jobTitle: 'Chief Marketing Officer' }), 'different'));
    await expectNoAxeViolations(drift.container);
    drift.unmount();
    const failed = await renderWith({ kind: 'failed', checkedAt: new Date(), failures: [new SourceError('graph', 'offline', 'Failed to fetch')] });
    await expectNoAxeViolations(failed.container);
  });
});

/** A photo sync the test drives by hand. */
function manualSync(): IPhotoSync & { set(state: PhotoSyncState): void } {
  let state: PhotoSyncState = { status: 'idle' };
  let listeners: Array<(s: PhotoSyncState) => void> = [];
  return {
    get state() { return state; },
    start: () => new Promise<PhotoSyncOutcome>(() => undefined),
    subscribe: (l: (s: PhotoSyncState) => void) => { listeners.push(l); l(state); return () => { listeners = listeners.filter((x) => x !== l); }; },
    set: (next: PhotoSyncState) => { state = next; act(() => listeners.forEach((l) => l(next))); }
  };
}

/** A check service whose first answer comes at once and whose later answers the test gives. */
function steppedChecks(first: ProfileCheck): { runCheck: IProfileSyncProps['runCheck']; answer(check: ProfileCheck): Promise<void> } {
  let calls = 0;
  let resolveNext: (check: ProfileCheck) => void = () => undefined;
  return {
    runCheck: () => (calls++ === 0 ? Promise.resolve(first) : new Promise<ProfileCheck>((resolve) => { resolveNext = resolve; })),
    answer: async (check) => { await act(async () => { resolveNext(check); }); }
  };
}

function verdictRegion(container: HTMLElement): HTMLElement {
  return (container.querySelector('[data-verdict]') as HTMLElement | null)?.closest('[aria-live]') as HTMLElement
    || container.querySelector('[aria-atomic="true"]') as HTMLElement;
}

describe('ProfileSync keeps focus and shows one banner at a time', () => {
  const differs = (): ProfileCheck => completeCheck(aSharePointProfile().inFlavour('minimal'), aGraphUser(), 'different');

  it('does not move focus on the first check: a page that loads leaves the reader where they are', async () => {
    await renderWith(completeCheck());
    expect(document.activeElement).toBe(document.body);
  });

  it('keeps focus on "Check again" while it checks, then moves it to the new verdict, announced by focus and not also by the live region', async () => {
    const checks = steppedChecks(differs());
    const { container } = await renderWith(Promise.resolve(differs()), { runCheck: checks.runCheck });
    const button = container.querySelector('[data-action="check-again"]') as HTMLButtonElement;
    button.focus();
    await act(async () => { fireEvent.click(button); });
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(verdictRegion(container).getAttribute('aria-live')).toBe('off');

    await checks.answer(completeCheck());
    const focused = document.activeElement as HTMLElement;
    expect(focused.querySelector('[data-verdict]')).not.toBeNull();
    expect(focused.getAttribute('tabindex')).toBe('-1');
    expect(focused.textContent).toBe('Your SharePoint profile matches your Microsoft 365 profile.');
    // Back to polite for checks the user did not start (a cached verdict being revalidated).
    expect(verdictRegion(container).getAttribute('aria-live')).toBe('polite');
  });

  it('moves focus to the failure when the check the user started could not read either side', async () => {
    const checks = steppedChecks(completeCheck());
    const { container } = await renderWith(completeCheck(), { runCheck: checks.runCheck });
    await act(async () => { fireEvent.click(container.querySelector('[data-action="check-again"]') as HTMLElement); });
    await checks.answer({ kind: 'failed', checkedAt: new Date(), failures: [new SourceError('graph', 'offline', 'Failed to fetch')] });
    expect((document.activeElement as HTMLElement).getAttribute('data-banner')).toBe('error');
  });

  it('lets the outcome of a sync take the verdict\'s place until the re-check, then gives it back and moves focus to it', async () => {
    const checks = steppedChecks(differs());
    const photoSync = manualSync();
    const { container } = await renderWith(differs(), { runCheck: checks.runCheck, photoSync });
    const banners = (): string[] => Array.prototype.map.call(container.querySelectorAll('[data-banner]'), (e: HTMLElement) => e.getAttribute('data-banner')) as string[];
    const syncButton = container.querySelector('[data-action="sync-photo"]') as HTMLButtonElement;
    syncButton.focus();

    photoSync.set({ status: 'running', step: 'uploading' });
    expect(banners()).toEqual(['warning']);
    expect(document.activeElement).toBe(syncButton);
    expect(syncButton.getAttribute('aria-disabled')).toBe('true');

    await act(async () => { photoSync.set({ status: 'done', outcome: { kind: 'failed', reason: 'blocked', uploadAttempted: true } }); });
    // The outcome is the one banner while the page checks again; the old verdict is gone.
    expect(banners()).toEqual(['error']);
    expect(container.querySelector('[data-verdict]')).toBeNull();
    expect(container.querySelector('[data-photo-sync="failed"] [data-banner="error"]')).not.toBeNull();
    expect(document.activeElement).toBe(syncButton);

    await checks.answer(differs());
    // The new verdict is the one banner; the outcome stays, as a note beside it.
    expect(banners()).toEqual(['warning']);
    expect(container.querySelector('[data-banner] [data-verdict]')).not.toBeNull();
    expect(container.querySelector('[data-photo-sync="failed"] [data-note="error"]')).not.toBeNull();
    expect((document.activeElement as HTMLElement).querySelector('[data-verdict]')).not.toBeNull();
    await expectNoAxeViolations(container);
  });
});

