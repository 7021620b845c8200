import { SourceError } from '../sources/SourceError';
import { OrganisationScanner } from './OrganisationScanner';
import { ScanStore } from './scanStore';
import { aPerson, countingPacer, FakeOrganisation, fakeOrganisation, memoryStorage, people } from './testing/fakeOrganisation';
import { ScanSettings, ScanStatus } from './types';

const FIELDS = ['displayName', 'givenName', 'surname', 'jobTitle', 'department', 'officeLocation', 'businessPhones', 'mail', 'mobilePhone'];
const EVERYONE: ScanSettings = { scope: { kind: 'everyone' }, includeGuests: false, includeDisabled: false, fields: FIELDS };

function aScanner(org: FakeOrganisation, storage: Storage | undefined = memoryStorage(), settings: ScanSettings = EVERYONE,
  now?: () => number): OrganisationScanner {
  return new OrganisationScanner({
    now,
    directory: org.directory,
    photos: org.photos,
    profiles: org.profiles,
    graphPacer: countingPacer('graph'),
    sharePointPacer: countingPacer('sharePoint'),
    store: new ScanStore(storage, 'it-admin@contoso.com', settings),
    details: () => Promise.reject(new Error('not opened in these tests')),
    notifyEveryMs: 5
  }, settings);
}

function until(scanner: OrganisationScanner, status: ScanStatus): Promise<void> {
  return new Promise((resolve) => {
    if (scanner.progress.status === status) return resolve();
    const stop = scanner.subscribe(() => {
      if (scanner.progress.status === status) { stop(); resolve(); }
    });
  });
}

/** Runs a scan to its end (a result restored from storage is not its end). */
async function scan(scanner: OrganisationScanner, mode: 'full' | 'rescan' | 'resume' = 'full'): Promise<void> {
  const done = new Promise<void>((resolve) => {
    const stop = scanner.subscribe(() => {
      if (scanner.progress.status === 'done' && !scanner.progress.restored) { stop(); resolve(); }
    });
  });
  scanner.start(mode);
  await done;
}

/** A scan of 250 people stopped (by `stop`) once SharePoint has answered its first batch of 100. */
async function stoppedAfterFirstProfiles(stop: (scanner: OrganisationScanner) => void): Promise<{ org: FakeOrganisation; storage: Storage; first: OrganisationScanner }> {
  const org = fakeOrganisation(people(250), 100);
  const storage = memoryStorage();
  const first = aScanner(org, storage);
  org.holdProfilesAfter(1);
  first.start('full');
  await new Promise((resolve) => setTimeout(resolve, 20));
  stop(first);
  org.release();
  return { org, storage, first };
}

describe('OrganisationScanner', () => {
  it('pages through the whole directory and reads everyone: photos 20 to a batch, SharePoint 100 to a batch', async () => {
    const org = fakeOrganisation(people(250), 100);
    const scanner = aScanner(org);

    await scan(scanner);

    expect(org.log.pages).toEqual(['/v1.0/users?page=0', '/v1.0/users?page=1', '/v1.0/users?page=2']);
    expect(org.log.photoBatches).toBe(13);
    expect(org.log.profileBatches).toBe(3);
    expect(scanner.people).toHaveLength(250);
    expect(scanner.people[0].id).toBe('user-1');
    expect(scanner.people[249].id).toBe('user-250');
    expect(scanner.progress).toMatchObject({ status: 'done', scanned: 250, total: 250, counts: { 'in-sync': 250, 'property-differs': 0 } });
  });

  it('counts each person once per finding; a note alone is in sync; people without a SharePoint profile are in neither', async () => {
    const org = fakeOrganisation([
      aPerson(1, { photoInSharePoint: false }),
      aPerson(2, { sharePoint: { 'SPS-JobTitle': 'Intern', Department: 'Sales', 'SPS-Department': 'Sales' } }),
      aPerson(3, { sharePoint: { CellPhone: '+47 900 00 000' } }),
      aPerson(4, { photoInMicrosoft365: false }),
      aPerson(5, { noSharePointProfile: true }),
      aPerson(6)
    ]);
    const scanner = aScanner(org);

    await scan(scanner);

    expect(scanner.people.map((p) => [p.id, p.findings, p.differingFields, p.inSync, p.unread])).toEqual([
      ['user-1', ['photo-missing-in-sharepoint'], [], false, undefined],
      ['user-2', ['property-differs'], ['jobTitle', 'department'], false, undefined],
      ['user-3', ['property-not-synced'], ['mobilePhone'], true, undefined],
      ['user-4', ['photo-missing-in-microsoft365'], [], false, undefined],
      ['user-5', [], [], false, 'no-sharepoint-profile'],
      ['user-6', [], [], true, undefined]
    ]);
    expect(scanner.progress.counts).toMatchObject({
      'photo-missing-in-sharepoint': 1, 'photo-missing-in-microsoft365': 1, 'property-differs': 1, 'property-not-synced': 1,
      'photo-unverified': 0, 'in-sync': 2
    });
  });

  it('leaves out guests and disabled accounts unless asked for them', async () => {
    const guest = aPerson(2);
    guest.graph = { ...guest.graph, userType: 'Guest', userPrincipalName: 'ext_fabrikam.com#EXT#@contoso.onmicrosoft.com' };
    const disabled = aPerson(3);
    disabled.graph = { ...disabled.graph, accountEnabled: false };
    const everyone = [aPerson(1), guest, disabled];

    const members = aScanner(fakeOrganisation(everyone));
    await scan(members);
    const all = aScanner(fakeOrganisation(everyone), memoryStorage(), { ...EVERYONE, includeGuests: true, includeDisabled: true });
    await scan(all);

    expect(members.people.map((p) => p.id)).toEqual(['user-1']);
    expect(members.progress.total).toBe(1);
    expect(all.people.map((p) => [p.id, p.guest, p.enabled])).toEqual([['user-1', false, true], ['user-2', true, true], ['user-3', false, false]]);
  });

  it('scans only the members of the chosen group', async () => {
    const org = fakeOrganisation([aPerson(1, { groups: ['g-1'] }), aPerson(2), aPerson(3, { groups: ['g-1'] })]);
    const scanner = aScanner(org, memoryStorage(), { ...EVERYONE, scope: { kind: 'group', groupId: 'g-1' } });

    await scan(scanner);

    expect(org.log.pages[0]).toContain('/groups/g-1/');
    expect(scanner.people.map((p) => p.id)).toEqual(['user-1', 'user-3']);
  });

  it('stops with a permission failure when Graph refuses /users (User.Read.All not granted)', async () => {
    const org = fakeOrganisation(people(3));
    org.directoryFailure = new SourceError('graph', 'permission', 'Microsoft Graph answered 403 to /v1.0/users', 403, undefined, { code: 'Authorization_RequestDenied' });
    const scanner = aScanner(org);

    const stopped = until(scanner, 'error');
    scanner.start('full');
    await stopped;

    expect(scanner.progress.failure).toEqual({
      source: 'graph', kind: 'permission', status: 403, message: 'Microsoft Graph answered 403 to /v1.0/users', details: { code: 'Authorization_RequestDenied' }
    });
    expect(org.log.photoBatches + org.log.profileBatches).toBe(0);
  });

  it('on cancel, sends nothing more and ignores answers still on their way', async () => {
    const org = fakeOrganisation(people(300), 100);
    org.hold();
    const scanner = aScanner(org);
    scanner.start('full');
    await new Promise((resolve) => setTimeout(resolve, 20));
    const asked = { pages: org.log.pages.length, photos: org.log.photoBatches, profiles: org.log.profileBatches };

    scanner.cancel();
    org.release();
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(scanner.progress.status).toBe('cancelled');
    expect(asked).toEqual({ pages: 2, photos: 5, profiles: 1 });
    expect({ pages: org.log.pages.length, photos: org.log.photoBatches, profiles: org.log.profileBatches }).toEqual(asked);
    expect(scanner.people).toHaveLength(0);
    expect(scanner.progress.scanned).toBe(0);
  });

  it('resumes where it stopped, after a reload, without reading again the people already done', async () => {
    // SharePoint answers its first batch of 100, then the page is reloaded.
    const { org, storage, first } = await stoppedAfterFirstProfiles((scanner) => scanner.dispose());
    const doneBefore = first.people.length;
    org.log.photoIds.length = 0;
    org.log.profileIds.length = 0;

    const afterReload = aScanner(org, storage);
    // The page went away mid-scan (nobody pressed Cancel): the next visit goes on by itself.
    expect(afterReload.progress).toMatchObject({ restored: true, resumable: true, status: 'idle' });
    const resumed = scan(afterReload, 'resume');
    // What it goes on from stays on screen while the directory is listed again: no drop to 0.
    expect(afterReload.progress).toMatchObject({ status: 'scanning', scanned: 100 });
    expect(afterReload.people).toHaveLength(100);
    await resumed;

    expect(doneBefore).toBe(100);
    expect(afterReload.people).toHaveLength(250);
    expect(org.log.profileIds).toHaveLength(250 - doneBefore);
    expect(org.log.profileIds.filter((id) => first.people.some((p) => p.id === id))).toEqual([]);
    expect(afterReload.progress.requests.reusedPeople).toBe(doneBefore);
  });

  it('after a reload, a scan the user cancelled waits for Resume instead of going on by itself', async () => {
    const { org, storage } = await stoppedAfterFirstProfiles((scanner) => scanner.cancel());

    const afterReload = aScanner(org, storage);
    expect(afterReload.progress).toMatchObject({ restored: true, resumable: true, status: 'cancelled', scanned: 100 });
  });

  it('keeps what it read for a reload even when the page closes while a service makes it wait', async () => {
    const org = fakeOrganisation(people(250), 100);
    const storage = memoryStorage();
    const settings = EVERYONE;
    const first = new OrganisationScanner({
      directory: org.directory, photos: org.photos, profiles: org.profiles,
      graphPacer: countingPacer('graph'), sharePointPacer: countingPacer('sharePoint'),
      store: new ScanStore(storage, 'it-admin@contoso.com', settings),
      details: () => Promise.reject(new Error('not opened in these tests')),
      notifyEveryMs: 5, saveEveryMs: 40
    }, settings);
    // SharePoint answers its first batch of 100 and then holds the rest: nothing more changes.
    org.holdProfilesAfter(1);
    first.start('full');
    await new Promise((resolve) => setTimeout(resolve, 120));

    // The tab is closed without the web part being disposed (SharePoint does not dispose on unload).
    const afterReload = aScanner(org, storage);
    expect(afterReload.progress).toMatchObject({ restored: true, resumable: true });
    expect(afterReload.people).toHaveLength(100);
    org.release();
    first.cancel();
  });

  it('rescans only people whose Graph values changed, people not in sync, and people new to the scope', async () => {
    const org = fakeOrganisation([aPerson(1), aPerson(2, { photoInSharePoint: false }), aPerson(3), aPerson(4)]);
    const storage = memoryStorage();
    await scan(aScanner(org, storage));
    org.people[2].graph = { ...org.people[2].graph, jobTitle: 'Head of Marketing' };
    org.people.push(aPerson(5));
    org.log.profileIds.length = 0;
    org.log.photoIds.length = 0;

    const later = aScanner(org, storage);
    expect(later.progress).toMatchObject({ status: 'done', restored: true, scanned: 4 });
    await scan(later, 'rescan');

    expect(org.log.profileIds).toEqual(['user-2', 'user-3', 'user-5']);
    expect(org.log.photoIds).toEqual(['user-2', 'user-3', 'user-5']);
    expect(later.progress.requests.reusedPeople).toBe(2);
    expect(later.people.map((p) => [p.id, p.findings])).toEqual([
      ['user-1', []], ['user-2', ['photo-missing-in-sharepoint']], ['user-3', ['property-differs']], ['user-4', []], ['user-5', []]
    ]);
  });

  it('reads everyone again on a full scan', async () => {
    const org = fakeOrganisation(people(4));
    const scanner = aScanner(org);
    await scan(scanner);
    org.log.profileIds.length = 0;

    await scan(scanner, 'full');

    expect(org.log.profileIds).toHaveLength(4);
    expect(scanner.progress.requests.reusedPeople).toBe(0);
  });

  it('works without storage, or with storage that refuses, and keeps the result for the page', async () => {
    const refusing = aScanner(fakeOrganisation(people(3)), memoryStorage(true));
    const none = aScanner(fakeOrganisation(people(3)), undefined);

    await scan(refusing);
    await scan(none);

    expect(refusing.people).toHaveLength(3);
    expect(none.progress).toMatchObject({ status: 'done', counts: { 'in-sync': 3 } });
  });

  it('tells its listeners a few times, not once per person', async () => {
    const scanner = aScanner(fakeOrganisation(people(1000), 999));
    let told = 0;
    scanner.subscribe(() => { told++; });

    await scan(scanner);

    expect(scanner.people).toHaveLength(1000);
    expect(told).toBeLessThan(100);
  });

  it('says how long is left from the pace so far, and which service it is waiting for', async () => {
    const org = fakeOrganisation(people(400), 400);
    let clock = 0;
    const scanner = aScanner(org, memoryStorage(), EVERYONE, () => clock);
    org.holdProfilesAfter(1);
    scanner.start('full');
    clock = 2000;
    await new Promise((resolve) => setTimeout(resolve, 20));

    scanner.heardWait('sharePoint', { source: 'sharePoint', seconds: 7 });
    await new Promise((resolve) => setTimeout(resolve, 20));

    // 100 people read in 2 s: 300 more take about 6 s.
    expect(scanner.progress).toMatchObject({ status: 'scanning', scanned: 100, total: 400, remainingMs: 6000, waiting: { source: 'sharePoint', seconds: 7 } });
    scanner.cancel();
    org.release();
  });

  it('rescans 10,000 people after 1 % changed with a fraction of the first scan\'s requests', async () => {
    // One in ten out of sync (an old job title in SharePoint), then 1 % get a new job title in Microsoft 365.
    const org = fakeOrganisation(Array.from({ length: 10000 }, (_, i) => aPerson(i + 1, i % 10 === 0 ? { sharePoint: { 'SPS-JobTitle': 'Old title' } } : {})), 999);
    const scanner = aScanner(org);
    await scan(scanner);
    const first = org.log.pages.length + org.log.photoBatches + org.log.profileBatches;
    org.people.forEach((person, i) => { if (i % 100 === 5) person.graph = { ...person.graph, jobTitle: 'Changed' }; });
    org.log.pages.length = 0;
    org.log.photoBatches = 0;
    org.log.profileBatches = 0;

    await scan(scanner, 'rescan');
    const again = org.log.pages.length + org.log.photoBatches + org.log.profileBatches;

    expect(first).toBe(11 + 500 + 100);
    expect(scanner.progress.requests.reusedPeople).toBe(8900);
    expect(again).toBe(11 + 55 + 11);
    expect(scanner.progress.counts['property-differs']).toBe(1100);
  });
});
