import * as React from 'react';
import { act, fireEvent, render, waitFor } from '@testing-library/react';
import type { ScanFailure } from '../../../../organisation';
import { FakeOrganisationScanner, FakeScannerOptions } from '../../../../organisation/testing/fakeScanner';
import { countsOf, generatedPeople } from '../../../../organisation/testing/people';
import { expectNoAxeViolations } from '../../testing/axe';
import OrganisationView from '.';

const FINISHED = new Date('2026-11-30T14:05:00Z');

function scannerWith(options: FakeScannerOptions = {}): FakeOrganisationScanner {
  return new FakeOrganisationScanner({ size: 60, perStep: 20, now: () => FINISHED, ...options });
}

function renderView(scanner: FakeOrganisationScanner): { container: HTMLElement; root: HTMLElement; unmount(): void } {
  const { container, unmount } = render(<OrganisationView scanner={scanner} locale="en-US" allowedOrigins={[]} announceEveryMs={0} />);
  return { container, root: container.querySelector('[data-profile-sync-organisation]') as HTMLElement, unmount };
}

function press(container: HTMLElement, action: string): void {
  const button = container.querySelector(`[data-action="${action}"]`) as HTMLElement;
  expect(button).not.toBeNull();
  button.focus();
  fireEvent.click(button);
}

function stepAll(scanner: FakeOrganisationScanner): void {
  act(() => { while (scanner.progress.status === 'scanning') scanner.step(); });
}

afterEach(() => window.localStorage.clear());

describe('OrganisationView', () => {
  it('before any scan says nobody is checked yet and offers to check everyone', async () => {
    const { container, root } = renderView(scannerWith());
    expect(root.getAttribute('data-status')).toBe('idle');
    expect(root.textContent).toContain('Nobody has been checked yet');
    expect(container.querySelector('[data-action="start-scan"]')!.textContent).toBe('Check everyone');
    expect(container.querySelector('[data-action="export-csv"]')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('while scanning shows the bar with counts and time left, and the people read so far', async () => {
    const scanner = scannerWith();
    const { container, root } = renderView(scanner);
    press(container, 'start-scan');
    act(() => scanner.step());
    expect(root.getAttribute('data-status')).toBe('scanning');
    expect(root.getAttribute('data-scanned')).toBe('20');
    expect(root.getAttribute('data-total')).toBe('60');
    expect(root.getAttribute('aria-busy')).toBe('true');
    expect(container.querySelector('[data-progress]')!.textContent).toContain('20 of 60 checked');
    expect(container.querySelector('[data-progress]')!.textContent).toContain('Less than a minute left.');
    expect(container.querySelectorAll('[data-person]').length).toBeGreaterThan(0);
    // No counts until done: a half scan's numbers are not the organisation's.
    expect(root.getAttribute('data-count-in-sync')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('when done puts every count on the root (0 included) and lists the findings people have at the top', async () => {
    const scanner = scannerWith();
    const { container, root } = renderView(scanner);
    press(container, 'start-scan');
    stepAll(scanner);
    const expected = countsOf(generatedPeople(60));
    expect(root.getAttribute('data-status')).toBe('done');
    expect(root.getAttribute('data-count-photo-missing-in-sharepoint')).toBe(String(expected['photo-missing-in-sharepoint']));
    expect(root.getAttribute('data-count-property-differs')).toBe(String(expected['property-differs']));
    expect(root.getAttribute('data-count-in-sync')).toBe(String(expected['in-sync']));
    expect(root.getAttribute('data-count-photo-differs')).toBe('0');
    expect(root.getAttribute('data-count-photo-sync-pending')).toBe('0');
    const summary = container.querySelector('[data-summary]') as HTMLElement;
    expect(summary.textContent).toContain('People checked: 60');
    expect(summary.querySelector('[data-summary-count="photo-missing-in-sharepoint"]')!.textContent)
      .toBe(`${expected['photo-missing-in-sharepoint']}Photo in Microsoft 365 that SharePoint doesn't show yet`);
    // Findings nobody has are left out of the words, not shown as zeros.
    expect(summary.querySelector('[data-summary-count="photo-differs"]')).toBeNull();
    expect(summary.querySelector('[data-summary-count="not-read"]')!.textContent).toBe('1Couldn\'t be read');
    expect(root.textContent).toContain('Last check finished');
    expect(container.querySelector('[data-action="rescan"]')).not.toBeNull();
    await expectNoAxeViolations(container);
  });

  it('Cancel stops the scan, says how far it got, and gives focus to Resume', async () => {
    const scanner = scannerWith();
    const { container, root } = renderView(scanner);
    press(container, 'start-scan');
    act(() => scanner.step());
    press(container, 'cancel-scan');
    expect(root.getAttribute('data-status')).toBe('cancelled');
    expect(root.textContent).toContain('Stopped after 20 of 60. Press “Resume” to go on.');
    expect(document.activeElement).toBe(container.querySelector('[data-action="resume-scan"]'));
    await expectNoAxeViolations(container);
    press(container, 'resume-scan');
    expect(scanner.starts).toEqual(['full', 'resume']);
    expect(document.activeElement).toBe(container.querySelector('[data-action="cancel-scan"]'));
    stepAll(scanner);
    expect(root.getAttribute('data-scanned')).toBe('60');
  });

  it('when the scan ends while the keyboard is on Cancel, focus goes to the summary, not the page', () => {
    const scanner = scannerWith();
    const { container } = renderView(scanner);
    press(container, 'start-scan');
    (container.querySelector('[data-action="cancel-scan"]') as HTMLElement).focus();
    stepAll(scanner);
    expect(document.activeElement).toBe(container.querySelector('[data-summary] h3'));
  });

  it('shows the last finished result at once after a reload, with its date', () => {
    const first = scannerWith({ storage: window.localStorage, userKey: 'it@contoso.example' });
    first.start('full');
    while (first.progress.status === 'scanning') first.step();
    first.dispose();
    const { container, root } = renderView(scannerWith({ storage: window.localStorage, userKey: 'it@contoso.example' }));
    expect(root.getAttribute('data-status')).toBe('done');
    expect(root.getAttribute('data-scanned')).toBe('60');
    expect(root.textContent).toContain(`Last check finished ${new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' } as Intl.DateTimeFormatOptions).format(FINISHED)}.`);
    expect(container.querySelectorAll('[data-person]').length).toBeGreaterThan(0);
  });

  it('goes on by itself with a scan a reload interrupted, from where it stopped', () => {
    const first = scannerWith({ storage: window.localStorage, userKey: 'it' });
    first.start('full');
    first.step();
    first.dispose();
    const second = scannerWith({ storage: window.localStorage, userKey: 'it' });
    const { root } = renderView(second);
    expect(second.starts).toEqual(['resume']);
    expect(root.getAttribute('data-status')).toBe('scanning');
    expect(root.getAttribute('data-scanned')).toBe('20');
  });

  it('waits for "Resume" after a reload when the scan had been cancelled', () => {
    const first = scannerWith({ storage: window.localStorage, userKey: 'it' });
    first.start('full');
    first.step();
    first.cancel();
    const second = scannerWith({ storage: window.localStorage, userKey: 'it' });
    const { container, root } = renderView(second);
    expect(second.starts).toEqual([]);
    expect(root.getAttribute('data-status')).toBe('cancelled');
    expect(container.querySelector('[data-action="resume-scan"]')).not.toBeNull();
  });

  it('says a service asked to slow down while the scan waits, and that it goes on by itself', () => {
    const scanner = scannerWith({ wait: { at: 20, seconds: 2.128 } });
    const { container } = renderView(scanner);
    press(container, 'start-scan');
    act(() => { scanner.step(); scanner.step(); });
    expect(container.querySelector('[data-waiting="graph"]')!.textContent)
      .toBe('Microsoft 365 asked us to slow down. The check goes on by itself in 3 seconds.');
  });

  const FAILURES: Array<[string, ScanFailure, string]> = [
    ['the missing User.Read.All grant', { source: 'graph', kind: 'permission', status: 403, message: 'Insufficient privileges to complete the operation.' },
      'Ask your Microsoft 365 admin to approve the Microsoft Graph permission User.Read.All for “SharePoint Online Web Client Extensibility” in the SharePoint admin center, under API access.'],
    ['SharePoint refusing', { source: 'sharePoint', kind: 'permission', status: 403, message: 'Access denied.' }, 'SharePoint won\'t show other people\'s profiles to you (HTTP 403).'],
    ['throttling that outlasted the waits', { source: 'graph', kind: 'throttled', status: 429, message: 'Too many requests' }, 'Microsoft 365 is too busy to go on right now (HTTP 429). Wait a few minutes and press “Resume”.'],
    ['a service down', { source: 'sharePoint', kind: 'unavailable', status: 503, message: 'Service Unavailable' }, 'SharePoint isn\'t answering right now (HTTP 503).'],
    ['no network', { source: 'graph', kind: 'offline', message: 'Failed to fetch' }, 'You seem to be offline. Connect again and press “Resume”'],
    ['an answer that is not Graph\'s', { source: 'graph', kind: 'bad-data', status: 200, message: 'an HTML page' }, 'Microsoft 365 answered with something we couldn\'t read: an HTML page.'],
    ['anything else', { source: 'graph', kind: 'unknown', status: 400, message: 'Bad request' }, 'Something went wrong while asking Microsoft 365 (HTTP 400).']
  ];

  it.each(FAILURES)('says what to do after %s, and moves focus to it', async (_case, failure, words) => {
    const scanner = scannerWith({ failure: { at: 0, failure } });
    const { container, root } = renderView(scanner);
    press(container, 'start-scan');
    act(() => scanner.step());
    expect(root.getAttribute('data-status')).toBe('error');
    const message = container.querySelector('[data-scan-error]') as HTMLElement;
    expect(message.getAttribute('data-scan-error')).toBe(failure.kind);
    expect(message.textContent).toContain(words);
    expect(document.activeElement).toBe(message);
    // Nothing was read: the way on is to try again.
    expect(container.querySelector('[data-action="start-scan"]')!.textContent).toBe('Try again');
    await expectNoAxeViolations(container);
  });

  it('offers Resume after a failure part of the way through', () => {
    const scanner = scannerWith({ failure: { at: 20, failure: { source: 'sharePoint', kind: 'unavailable', status: 503, message: '' } } });
    const { container } = renderView(scanner);
    press(container, 'start-scan');
    act(() => { scanner.step(); scanner.step(); });
    expect(container.querySelector('[data-action="resume-scan"]')).not.toBeNull();
    expect(container.querySelector('[data-action="start-scan"]')).toBeNull();
  });

  it('opens one person with both photos and the property table, and gives focus back to their row on Close', async () => {
    const scanner = scannerWith();
    const { container } = renderView(scanner);
    press(container, 'start-scan');
    stepAll(scanner);
    const row = container.querySelector('[data-findings~="property-differs"]') as HTMLElement;
    fireEvent.click(row.querySelector('[data-action="open-person"]') as HTMLElement);
    const details = container.querySelector('[data-person-details]') as HTMLElement;
    expect(details.getAttribute('data-person-details')).toBe(row.getAttribute('data-person'));
    expect(document.activeElement).toBe(details.querySelector('h3'));
    await waitFor(() => expect(details.querySelector('[data-photo="sharepoint"]')).not.toBeNull());
    expect(details.querySelector('[data-photo="microsoft365"]')).not.toBeNull();
    expect(details.querySelector('[data-property="jobTitle"]')!.getAttribute('data-equal')).toBe('false');
    expect(details.querySelector('[data-details-findings] [data-finding="property-differs"]')!.textContent).toBe('Details that are different in SharePoint');
    // A colleague's profile: never "your photo".
    expect(details.textContent).not.toMatch(/\byour\b/i);
    expect(Array.prototype.map.call(details.querySelectorAll('img'), (img: HTMLImageElement) => img.alt))
      .toEqual(['Profile photo as SharePoint shows it', 'Profile photo in Microsoft 365']);
    await expectNoAxeViolations(container);
    press(container, 'close-person');
    expect(container.querySelector('[data-person-details]')).toBeNull();
    expect(document.activeElement).toBe(row.querySelector('[data-action="open-person"]'));
  });

  it('shows hostile names as text, never as markup', () => {
    const scanner = scannerWith({ size: 12 });
    const { container } = renderView(scanner);
    press(container, 'start-scan');
    stepAll(scanner);
    expect(container.querySelector('img[onerror]')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
