import { aGraphPhoto, aGraphUser, aPhotoNotFoundError } from '../../profile/testing/graphBuilders';
import { aSharePointProfile, PropertyValues } from '../../profile/testing/sharePointProfileBuilder';
import { SourceError } from '../../sources/SourceError';
import type {
  DirectoryPage, DirectoryScope, IDirectoryReader, IPacer, IPeopleIndexReader, IPhotoPresenceReader, ISharePointProfilesReader,
  PhotoPresenceAnswer, ProfileRequest, SharePointProfileAnswer
} from '../../sources/organisation/types';
import type { PeopleIndexEntry } from '../../sources/organisation/peopleIndexEntry';

/** One person of the fake organisation; by default in sync, with a photo on both sides. */
export interface FakePerson {
  id: string;
  graph: Record<string, unknown>;
  sharePoint: PropertyValues;
  photoInMicrosoft365: boolean;
  photoInSharePoint: boolean;
  noSharePointProfile?: boolean;
  /** What SharePoint search's people index holds instead of the profile's values, or 'missing' (not indexed yet). */
  index?: PropertyValues | 'missing';
  groups: string[];
}

export function aPerson(n: number, changes: Partial<FakePerson> = {}): FakePerson {
  return {
    id: `user-${n}`,
    graph: aGraphUser({ id: `user-${n}`, userPrincipalName: `person${n}@contoso.com`, displayName: 'Megan Bowen', accountEnabled: true, userType: 'Member' }),
    sharePoint: {},
    photoInMicrosoft365: true,
    photoInSharePoint: true,
    groups: [],
    ...changes
  };
}

export function people(count: number, from = 1): FakePerson[] {
  return Array.from({ length: count }, (_, i) => aPerson(from + i));
}

/** What the fake services were asked. */
export interface FakeLog {
  pages: string[];
  photoIds: string[];
  profileIds: string[];
  photoBatches: number;
  profileBatches: number;
  indexPages: number;
}

export interface FakeOrganisation {
  directory: IDirectoryReader;
  photos: IPhotoPresenceReader;
  profiles: ISharePointProfilesReader;
  index: IPeopleIndexReader;
  /** What the people index answers instead of a page. */
  indexFailure?: SourceError;
  log: FakeLog;
  people: FakePerson[];
  /** While held, photo and profile reads and pages after the first wait (for cancelling mid-scan); release lets them answer. */
  hold(): void;
  release(): void;
  /** SharePoint batches after the first `count` wait until release (a scan part done). */
  holdProfilesAfter(count: number): void;
  /** What /users answers instead of a page. */
  directoryFailure?: SourceError;
}

/** A directory, Graph photos and SharePoint profiles from memory, answering as the real readers do. */
export function fakeOrganisation(all: FakePerson[], pageSize = 100): FakeOrganisation {
  const log: FakeLog = { pages: [], photoIds: [], profileIds: [], photoBatches: 0, profileBatches: 0, indexPages: 0 };
  let held: Promise<void> | undefined;
  let profilesHeldAfter = Infinity;
  let releaseHeld: () => void = () => undefined;
  const gate = (): Promise<void> => held || Promise.resolve();
  const find = (id: string): FakePerson | undefined => org.people.filter((p) => p.id === id)[0];

  const org: FakeOrganisation = {
    people: all,
    log,
    hold: () => { held = new Promise<void>((resolve) => { releaseHeld = resolve; }); },
    release: () => { held = undefined; profilesHeldAfter = Infinity; releaseHeld(); },
    holdProfilesAfter: (count: number) => {
      org.hold();
      profilesHeldAfter = count;
    },
    directory: {
      firstPage: (scope: DirectoryScope) => (scope.kind === 'group' ? `/v1.0/groups/${scope.groupId}/members?page=0` : '/v1.0/users?page=0'),
      page: async (path: string): Promise<DirectoryPage> => {
        log.pages.push(path);
        await Promise.resolve();
        if (org.directoryFailure) throw org.directoryFailure;
        const group = /groups\/([^/]+)\//.exec(path);
        const inScope = group ? org.people.filter((p) => p.groups.indexOf(group[1]) >= 0) : org.people;
        const index = Number(/page=(\d+)/.exec(path)![1]);
        if (index > 0 && profilesHeldAfter === Infinity) await gate();
        const slice = inScope.slice(index * pageSize, (index + 1) * pageSize);
        const page: DirectoryPage = { users: slice.map((p) => p.graph) };
        if (index === 0) page.total = inScope.length;
        if ((index + 1) * pageSize < inScope.length) page.next = path.replace(/page=\d+/, `page=${index + 1}`);
        return page;
      }
    },
    photos: {
      read: async (ids: readonly string[]) => {
        log.photoBatches++;
        ids.forEach((id) => log.photoIds.push(id));
        if (profilesHeldAfter === Infinity) await gate();
        const answers = new Map<string, PhotoPresenceAnswer>();
        ids.forEach((id) => {
          const person = find(id);
          answers.set(id, { ok: true, body: person && person.photoInMicrosoft365 ? aGraphPhoto() : aPhotoNotFoundError() });
        });
        return answers;
      }
    },
    index: {
      readAll: async (onPage: (entries: PeopleIndexEntry[]) => void) => {
        const entries: PeopleIndexEntry[] = [];
        org.people.forEach((person, at) => {
          if (person.noSharePointProfile || person.index === 'missing') return;
          const builder = aSharePointProfile({ ...person.sharePoint, ...(person.index || {}) });
          const body = (person.photoInSharePoint ? builder : builder.withoutPhoto()).inFlavour('nometadata') as PeopleIndexEntry['profile'];
          const upn = String(person.graph.userPrincipalName).toLowerCase();
          entries.push({ docId: at + 1, objectId: person.id.toLowerCase(), userPrincipalName: upn, profile: body });
        });
        for (let at = 0; at < entries.length; at += 500) {
          log.indexPages++;
          await Promise.resolve();
          if (org.indexFailure) throw org.indexFailure;
          onPage(entries.slice(at, at + 500));
        }
      }
    },
    profiles: {
      read: async (requests: readonly ProfileRequest[]) => {
        log.profileBatches++;
        requests.forEach((r) => log.profileIds.push(r.id));
        if (log.profileBatches > profilesHeldAfter) await gate();
        const answers = new Map<string, SharePointProfileAnswer>();
        requests.forEach((request) => {
          const person = find(request.id);
          if (!person || person.noSharePointProfile) {
            answers.set(request.id, { ok: true, noProfile: true });
            return;
          }
          const builder = aSharePointProfile(person.sharePoint);
          answers.set(request.id, { ok: true, body: (person.photoInSharePoint ? builder : builder.withoutPhoto()).inFlavour('minimal') });
        });
        return answers;
      }
    }
  };
  return org;
}

/** A pacer that sends at once, counting units (the scan's request counts). */
export function countingPacer(source: 'graph' | 'sharePoint'): IPacer {
  let sent = 0;
  return {
    source,
    get peakPerWindow() { return sent; },
    get sent() { return sent; },
    run: <T>(units: number, send: () => Promise<T>) => { sent += units; return send(); },
    throttled: () => undefined
  };
}

/** localStorage in memory; `refuse` makes every call throw, as a blocked or full storage does. */
export function memoryStorage(refuse = false): Storage & { items: Record<string, string> } {
  const items: Record<string, string> = {};
  const check = (): void => { if (refuse) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
  return {
    items,
    get length() { return Object.keys(items).length; },
    clear: () => { check(); Object.keys(items).forEach((k) => delete items[k]); },
    getItem: (key: string) => { check(); return Object.prototype.hasOwnProperty.call(items, key) ? items[key] : null; },
    key: (i: number) => Object.keys(items)[i] || null,
    removeItem: (key: string) => { check(); delete items[key]; },
    setItem: (key: string, value: string) => { check(); items[key] = String(value); }
  };
}
