import * as React from 'react';
import { act, fireEvent, render, waitFor } from '@testing-library/react';
import { OrganisationScanner } from '../../../../organisation/OrganisationScanner';
import { ScanStore } from '../../../../organisation/scanStore';
import { countingPacer, FakeOrganisation, fakeOrganisation, memoryStorage, people } from '../../../../organisation/testing/fakeOrganisation';
import type { ScanSettings } from '../../../../organisation';
import { expectNoAxeViolations } from '../../testing/axe';
import OrganisationView from '.';

// The page over the real scanner's quick check (an organisation in memory whose people index lags):
// where each verdict comes from, the confirmation's counts, the thorough check and its estimate.

const FIELDS = ['displayName', 'givenName', 'surname', 'jobTitle', 'department', 'officeLocation', 'businessPhones', 'mail', 'mobilePhone'];
const EVERYONE: ScanSettings = { scope: { kind: 'everyone' }, includeGuests: false, includeDisabled: false, fields: FIELDS };

/** 300 people: every 10th one's index entry has an old job title, every 50th one is not indexed yet. */
function aLaggingOrganisation(): FakeOrganisation {
  return fakeOrganisation(people(300).map((person, i) => {
    if (i % 10 === 1) return { ...person, index: { 'SPS-JobTitle': 'Trainee', Title: 'Trainee' } };
    if (i % 50 === 7) return { ...person, index: 'missing' as const };
    return person;
  }), 100);
}

function aScanner(org: FakeOrganisation, withIndex = true): OrganisationScanner {
  return new OrganisationScanner({
    directory: org.directory,
    photos: org.photos,
    profiles: org.profiles,
    index: withIndex ? org.index : undefined,
    graphPacer: countingPacer('graph'),
    sharePointPacer: countingPacer('sharePoint'),
    searchPacer: countingPacer('sharePoint'),
    store: new ScanStore(memoryStorage(), 'it-admin@contoso.com', EVERYONE),
    details: () => new Promise(() => undefined),
    notifyEveryMs: 0
  }, EVERYONE);
}

function renderView(scanner: OrganisationScanner): { container: HTMLElement; root: HTMLElement } {
  const { container } = render(<OrganisationView scanner={scanner} locale="en-US" allowedOrigins={[]} announceEveryMs={0} />);
  return { container, root: container.querySelector('[data-profile-sync-organisation]') as HTMLElement };
}

function rowOf(container: HTMLElement, id: string): HTMLElement {
  return Array.prototype.filter.call(container.querySelectorAll('[data-person]'), (e: Element) => e.getAttribute('data-person') === id)[0] as HTMLElement;
}

describe('OrganisationView, quick check', () => {
  it('shows suspects as from the people index and being confirmed, with the confirmation\'s counts, while profiles are read', async () => {
    const org = aLaggingOrganisation();
    // The first batch of suspects answers; the rest wait.
    org.holdProfilesAfter(0);
    const scanner = aScanner(org);
    const { container, root } = renderView(scanner);
    expect(container.querySelector('[data-note="quick"]')!.textContent).toContain('people index first');
    fireEvent.click(container.querySelector('[data-action="start-scan"]') as HTMLElement);
    await waitFor(() => expect(root.getAttribute('data-scanned')).toBe('300'));

    expect(root.getAttribute('data-status')).toBe('scanning');
    expect(root.getAttribute('data-check')).toBe('quick');
    // 30 stale entries and 6 people not indexed: every one of them waits for their profile.
    expect(root.getAttribute('data-confirming')).toBe('36');
    expect(root.getAttribute('data-confirmed')).toBe('0');
    expect(container.querySelector('[data-progress]')!.textContent).toContain('300 of 300 checked. Confirming from the profiles: 0 confirmed, 36 waiting.');
    const stale = rowOf(container, scanner.people[1].id);
    expect(stale.getAttribute('data-from')).toBe('index');
    expect(stale.hasAttribute('data-confirming')).toBe(true);
    expect(stale.textContent).toContain('From the people index, being confirmed');
    const matching = rowOf(container, scanner.people[0].id);
    expect(matching.textContent).toContain('Profiles match');
    expect(matching.textContent).toContain('From the people index');
    expect(matching.hasAttribute('data-confirming')).toBe(false);
    await expectNoAxeViolations(container);

    act(() => org.release());
    await waitFor(() => expect(root.getAttribute('data-status')).toBe('done'));
    expect(root.getAttribute('data-confirmed')).toBe('36');
    expect(root.getAttribute('data-confirming')).toBe('0');
    // The index was wrong about all of them: their profiles match.
    expect(root.getAttribute('data-count-in-sync')).toBe('300');
    expect(rowOf(container, scanner.people[1].id).textContent).toContain('Confirmed from the profile');
    const summary = container.querySelector('[data-summary]') as HTMLElement;
    expect(summary.querySelector('[data-summary-source="index"]')!.textContent).toBe('From the people index: 264');
    expect(summary.querySelector('[data-summary-source="confirmed"]')!.textContent).toBe('Confirmed from the profile: 36');
    expect(summary.querySelector('[data-summary-source="confirming"]')).toBeNull();
    expect(summary.querySelector('[data-index-lag]')!.textContent).toContain('every few hours');
  });

  it('confirms the suspects IT is looking at first: the order the table shows', async () => {
    // 1,000 people, every second one's entry stale: 500 suspects, five batches, two sent at a time.
    const org = fakeOrganisation(people(1000).map((person, i) => (i % 2 === 1 ? { ...person, index: { 'SPS-JobTitle': 'Trainee', Title: 'Trainee' } } : person)), 100);
    org.holdProfilesAfter(0);
    const scanner = aScanner(org);
    const { container, root } = renderView(scanner);
    fireEvent.click(container.querySelector('[data-action="start-scan"]') as HTMLElement);
    await waitFor(() => expect(root.getAttribute('data-scanned')).toBe('1000'));
    // The first two batches left in the directory's order before IT chose one.
    expect(org.log.profileIds.length).toBe(200);
    // IT searches: person9, person90-99 and person900-999 are shown, in the directory's order (one name for all).
    fireEvent.change(container.querySelector('[data-search]') as HTMLInputElement, { target: { value: 'person9' } });
    act(() => org.release());
    await waitFor(() => expect(root.getAttribute('data-status')).toBe('done'));
    expect(scanner.people.filter((p) => p.from === 'profile').length).toBe(500);
    // Those shown whose profiles were not read yet go first; without IT's order the next would be user-402.
    expect(org.log.profileIds.slice(200, 203)).toEqual(['user-900', 'user-902', 'user-904']);
  });

  it('offers "Read every profile" with its time told before it starts, and then reads every profile', async () => {
    const org = aLaggingOrganisation();
    const scanner = aScanner(org);
    const { container, root } = renderView(scanner);
    expect(container.querySelector('[data-note="thorough"]')!.textContent)
      .toBe('“Read every profile” skips the people index and reads each profile on its own. SharePoint allows about 2,000 every 5 minutes, so 10,000 people take about 21 minutes.');
    fireEvent.click(container.querySelector('[data-action="start-scan"]') as HTMLElement);
    await waitFor(() => expect(root.getAttribute('data-status')).toBe('done'));
    expect(container.querySelector('[data-note="thorough"]')!.textContent).toContain('so 300 people take about a minute.');

    const batchesBefore = org.log.profileBatches;
    const button = container.querySelector('[data-action="thorough-scan"]') as HTMLElement;
    button.focus();
    fireEvent.click(button);
    await waitFor(() => expect(root.getAttribute('data-status')).toBe('done'));
    expect(root.getAttribute('data-check')).toBe('thorough');
    expect(org.log.profileBatches - batchesBefore).toBe(3);
    expect(rowOf(container, scanner.people[0].id).textContent).toContain('Read from the profile');
    expect(container.querySelector('[data-summary-source="profile"]')!.textContent).toBe('Read from the profile: 300');
    expect(container.querySelector('[data-index-lag]')).toBeNull();
    // The pressed button is gone while the check ran: focus went to the page's own controls, never the page.
    expect(document.activeElement).not.toBe(document.body);
  });

  it('offers no second check when there is no people index to read', () => {
    const { container } = renderView(aScanner(aLaggingOrganisation(), false));
    expect(container.querySelector('[data-action="thorough-scan"]')).toBeNull();
    expect(container.querySelector('[data-note="quick"]')).toBeNull();
  });
});
