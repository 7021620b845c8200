import { SourceError } from '../sources/SourceError';
import { OrganisationScanner } from './OrganisationScanner';
import { ScanStore } from './scanStore';
import { aPerson, countingPacer, FakeOrganisation, fakeOrganisation, memoryStorage, people } from './testing/fakeOrganisation';
import { CheckKind, ScanSettings } from './types';

// The quick check: SharePoint's side from the people index, suspects confirmed from their profiles.

const FIELDS = ['displayName', 'givenName', 'surname', 'jobTitle', 'department', 'officeLocation', 'businessPhones', 'mail', 'mobilePhone'];
const EVERYONE: ScanSettings = { scope: { kind: 'everyone' }, includeGuests: false, includeDisabled: false, fields: FIELDS };

function aScanner(org: FakeOrganisation, storage: Storage = memoryStorage()): OrganisationScanner {
  return new OrganisationScanner({
    directory: org.directory,
    photos: org.photos,
    profiles: org.profiles,
    index: org.index,
    graphPacer: countingPacer('graph'),
    sharePointPacer: countingPacer('sharePoint'),
    searchPacer: countingPacer('sharePoint'),
    store: new ScanStore(storage, 'it-admin@contoso.com', EVERYONE),
    details: () => Promise.reject(new Error('not opened in these tests')),
    notifyEveryMs: 5
  }, EVERYONE);
}

async function check(scanner: OrganisationScanner, kind?: CheckKind, mode: 'full' | 'rescan' | 'resume' = 'full'): Promise<void> {
  const done = new Promise<void>((resolve) => {
    const stop = scanner.subscribe(() => {
      if (scanner.progress.status === 'done' && !scanner.progress.restored) { stop(); resolve(); }
    });
  });
  scanner.start(mode, kind);
  await done;
}

const STALE_TITLE = { 'SPS-JobTitle': 'Trainee', Title: 'Trainee' };

/** 1,000 people: every 10th one's index entry is stale, every 50th one not indexed, every 25th one's profile differs. */
function aLaggingOrganisation(count = 1000): FakeOrganisation {
  return fakeOrganisation(people(count).map((person, i) => {
    const changes: Partial<typeof person> = {};
    if (i % 25 === 3) changes.sharePoint = { Department: 'Old department', 'SPS-Department': 'Old department' };
    if (i % 10 === 1) changes.index = STALE_TITLE;
    if (i % 50 === 7) changes.index = 'missing';
    if (i === count - 1) changes.noSharePointProfile = true;
    return { ...person, ...changes };
  }), 100);
}

describe('OrganisationScanner, quick check', () => {
  it('gives everyone whose index entry agrees a verdict from the index, with no profile read', async () => {
    const org = fakeOrganisation(people(1200), 100);
    const scanner = aScanner(org);

    await check(scanner);

    expect(org.log.indexPages).toBe(3);
    expect(org.log.profileBatches).toBe(0);
    expect(scanner.people.every((p) => p.from === 'index' && p.inSync && !p.confirming)).toBe(true);
    expect(scanner.progress).toMatchObject({ status: 'done', check: 'quick', scanned: 1200, counts: { 'in-sync': 1200 }, confirmation: { confirmed: 0, waiting: 0 } });
  });

  it('confirms every suspect from the profile, so the counts equal a thorough check\'s though the index lags', async () => {
    const org = aLaggingOrganisation();
    const thorough = aScanner(org, memoryStorage());
    await check(thorough, 'thorough');
    const profileBatchesOfThorough = org.log.profileBatches;
    org.log.profileBatches = 0;
    org.log.profileIds.length = 0;

    const quick = aScanner(org);
    await check(quick);

    expect(profileBatchesOfThorough).toBe(10);
    expect(quick.progress.counts).toEqual(thorough.progress.counts);
    expect(quick.progress.counts['property-differs']).toBe(40);
    // Suspects: 100 stale, 20 not indexed (two of them also differ in the profile), 40 that differ, the one without a profile.
    const suspects = quick.people.filter((p) => p.from === 'profile');
    expect(suspects.length).toBe(org.log.profileIds.length);
    expect(org.log.profileIds.length).toBeLessThan(200);
    expect(org.log.profileBatches).toBe(2);
    expect(quick.people.some((p) => p.confirming)).toBe(false);
    expect(quick.people[999]).toMatchObject({ unread: 'no-sharepoint-profile', from: 'profile' });
    expect(quick.progress.confirmation).toMatchObject({ confirmed: suspects.length, waiting: 0 });
  });

  it('shows a suspect from the index, marked as being confirmed, until their profile is read', async () => {
    const org = aLaggingOrganisation();
    org.holdProfilesAfter(0);
    const scanner = aScanner(org);
    const firstVerdicts = new Promise<void>((resolve) => {
      const stop = scanner.subscribe(() => {
        if (scanner.progress.scanned === 1000) { stop(); resolve(); }
      });
    });
    scanner.start('full');
    await firstVerdicts;

    const stale = scanner.people[1];
    expect(stale).toMatchObject({ from: 'index', confirming: true, inSync: false, findings: ['property-differs'], differingFields: ['jobTitle'] });
    expect(scanner.people[7]).toMatchObject({ from: 'index', confirming: true, notInIndex: true, findings: [] });
    expect(scanner.progress.status).toBe('scanning');
    expect(scanner.progress.confirmation!.waiting).toBeGreaterThan(100);
    expect(scanner.progress.confirmation!.remainingMs).toBeGreaterThan(0);
    org.release();
    await new Promise<void>((resolve) => { const stop = scanner.subscribe(() => { if (scanner.progress.status === 'done') { stop(); resolve(); } }); });
    expect(scanner.people[1]).toMatchObject({ from: 'profile', inSync: true });
    expect(scanner.people[1].confirming).toBeUndefined();
  });

  it('confirms the suspects IT sees first (as sorted or filtered) before the others', async () => {
    const org = aLaggingOrganisation(3000);
    org.holdProfilesAfter(0);
    const scanner = aScanner(org);
    const firstVerdicts = new Promise<void>((resolve) => {
      const stop = scanner.subscribe(() => { if (scanner.progress.scanned === 3000) { stop(); resolve(); } });
    });
    scanner.start('full');
    await firstVerdicts;
    // Two batches were already on their way; IT now sorts so that the last suspects come first.
    const seenFirst = ['user-2992', 'user-2982', 'user-2972'];
    scanner.prioritise(seenFirst);
    org.release();
    await new Promise<void>((resolve) => { const stop = scanner.subscribe(() => { if (scanner.progress.status === 'done') { stop(); resolve(); } }); });

    expect(org.log.profileIds.slice(0, 200)).not.toContain('user-2992');
    expect(org.log.profileIds.slice(200, 203)).toEqual(seenFirst);
  });

  it('reads everyone from their profile when the people index cannot be read, and says so', async () => {
    const org = aLaggingOrganisation();
    org.indexFailure = new SourceError('sharePoint', 'permission', 'SharePoint answered 403: Access denied', 403);
    const thorough = aScanner(org, memoryStorage());
    await check(thorough, 'thorough');
    const quick = aScanner(org);

    await check(quick);

    expect(quick.progress.counts).toEqual(thorough.progress.counts);
    expect(quick.progress.indexFailure).toMatchObject({ kind: 'permission' });
    expect(quick.people.every((p) => p.from === 'profile')).toBe(true);
  });

  it('keeps where each verdict came from across a reload, and a thorough check reads every profile', async () => {
    const org = fakeOrganisation([aPerson(1), aPerson(2, { index: STALE_TITLE })], 100);
    const storage = memoryStorage();
    await check(aScanner(org, storage));

    const reloaded = aScanner(org, storage);
    expect(reloaded.progress).toMatchObject({ status: 'done', restored: true, check: 'quick' });
    expect(reloaded.people.map((p) => p.from)).toEqual(['index', 'profile']);

    org.log.profileIds.length = 0;
    await check(reloaded, 'thorough');
    expect(org.log.profileIds).toEqual(['user-1', 'user-2']);
    expect(reloaded.progress.check).toBe('thorough');
  });
});
