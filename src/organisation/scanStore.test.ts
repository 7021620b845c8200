import { ScanStore, StoredScan } from './scanStore';
import { memoryStorage } from './testing/fakeOrganisation';
import { ScannedPerson, ScanSettings } from './types';

const SETTINGS: ScanSettings = { scope: { kind: 'everyone' }, includeGuests: false, includeDisabled: false, fields: ['displayName', 'jobTitle'] };

function aScannedPerson(n: number, changes: Partial<ScannedPerson> = {}): ScannedPerson {
  return {
    id: `0b4a8c1e-3f5d-4a7b-9c2e-${String(n).padStart(12, '0')}`,
    displayName: `Kari Nordmann-Østby ${n}`,
    userPrincipalName: `kari.nordmann.ostby${n}@contoso.onmicrosoft.com`,
    mail: `kari.nordmann.ostby${n}@contoso.onmicrosoft.com`,
    guest: false,
    enabled: true,
    findings: [],
    differingFields: [],
    inSync: true,
    ...changes
  };
}

function aScan(people: ScannedPerson[]): StoredScan {
  const fingerprints = new Map<string, string>();
  people.forEach((p) => fingerprints.set(p.id, '1x2y3z'));
  return { people, fingerprints, startedAt: '2026-12-01T20:00:00.000Z', finishedAt: '2026-12-01T20:00:31.000Z' };
}

describe('ScanStore', () => {
  it('gives back the last finished scan as it was kept: findings, fields, unread reasons, fingerprints', () => {
    const storage = memoryStorage();
    const people = [
      aScannedPerson(1, { findings: ['photo-missing-in-sharepoint', 'property-differs'], differingFields: ['jobTitle'], inSync: false }),
      aScannedPerson(2, { guest: true, enabled: false, mail: 'other@fabrikam.com' }),
      aScannedPerson(3, { unread: 'no-sharepoint-profile', inSync: false })
    ];
    new ScanStore(storage, 'it@contoso.com', SETTINGS).saveFinished(aScan(people));

    const read = new ScanStore(storage, 'it@contoso.com', SETTINGS).readFinished();

    expect(read && read.people).toEqual(people);
    expect(read && read.fingerprints.get(people[0].id)).toBe('1x2y3z');
    expect(read && read.finishedAt).toBe('2026-12-01T20:00:31.000Z');
  });

  it('keeps another person\'s scans, or scans of another scope or other fields, apart', () => {
    const storage = memoryStorage();
    new ScanStore(storage, 'it@contoso.com', SETTINGS).saveFinished(aScan([aScannedPerson(1)]));

    expect(new ScanStore(storage, 'someone.else@contoso.com', SETTINGS).readFinished()).toBeUndefined();
    expect(new ScanStore(storage, 'it@contoso.com', { ...SETTINGS, scope: { kind: 'group', groupId: 'g' } }).readFinished()).toBeUndefined();
    expect(new ScanStore(storage, 'it@contoso.com', { ...SETTINGS, fields: ['displayName'] }).readFinished()).toBeUndefined();
  });

  it('trusts nothing it did not write: a damaged or foreign entry is no scan', () => {
    const storage = memoryStorage();
    const store = new ScanStore(storage, 'it@contoso.com', SETTINGS);
    store.saveFinished(aScan([aScannedPerson(1)]));
    const key = Object.keys(storage.items)[0];

    storage.items[key] = storage.items[key].replace('"rows":[[', '"rows":[["<script>",');
    expect(store.readFinished()).toBeUndefined();
    storage.items[key] = '{not json';
    expect(store.readFinished()).toBeUndefined();
  });

  it('drops the unfinished scan once one finishes', () => {
    const storage = memoryStorage();
    const store = new ScanStore(storage, 'it@contoso.com', SETTINGS);
    store.saveUnfinished(aScan([aScannedPerson(1)]));
    expect(store.readUnfinished()).toBeDefined();

    store.saveFinished(aScan([aScannedPerson(1), aScannedPerson(2)]));

    expect(store.readUnfinished()).toBeUndefined();
    expect(store.readFinished()!.people).toHaveLength(2);
  });

  it('says so, and throws nothing, when the storage refuses', () => {
    const store = new ScanStore(memoryStorage(true), 'it@contoso.com', SETTINGS);

    expect(store.saveFinished(aScan([aScannedPerson(1)]))).toBe(false);
    expect(store.readFinished()).toBeUndefined();
    expect(() => store.clearUnfinished()).not.toThrow();
  });

  it('keeps 10,000 people in well under the 5 MB a browser gives a site', () => {
    const people = Array.from({ length: 10000 }, (_, i) => aScannedPerson(i, i % 10 === 0
      ? { findings: ['property-differs', 'property-not-synced'], differingFields: ['jobTitle', 'mobilePhone'], inSync: false }
      : {}));

    expect(ScanStore.sizeOf(aScan(people))).toBeLessThan(1500000);
  });
});
