import type { FailureKind } from '../sources/types';
import type { FindingCode } from '../profile';
import { CheckKind, ScannedPerson, ScanSettings } from './types';

/** A scan as kept between page views: its people, what each one's Graph values were, and when. */
export interface StoredScan {
  people: ScannedPerson[];
  /** Graph values fingerprint by person id (see graphFingerprint): what a rescan compares. */
  fingerprints: Map<string, string>;
  startedAt: string;
  /** Only for a finished scan. */
  finishedAt?: string;
  /** Only for an unfinished scan the user stopped with Cancel (one that was interrupted goes on by itself). */
  cancelled?: boolean;
  /** Which check it was; absent in scans kept before the quick check: thorough. */
  check?: CheckKind;
}

// One row per person, as an array: 10,000 people must fit in localStorage (5 MB in most browsers)
// beside everything else. [id, displayName, userPrincipalName, mail ('' when the user name), flags,
// finding letters, differing fields (comma-separated), unread ('' when read), Graph fingerprint].
type Row = [string, string, string, string, number, string, string, string, string];

interface StoredShape {
  version: number;
  user: string;
  settings: string;
  startedAt: string;
  finishedAt?: string;
  cancelled?: boolean;
  check?: CheckKind;
  rows: Row[];
}

const VERSION = 1;
const KEY_PREFIX = 'profile-sync:organisation:';
const GUEST = 1;
const ENABLED = 2;
const IN_SYNC = 4;
const FROM_INDEX = 8;
const CONFIRMING = 16;
const NOT_IN_INDEX = 32;
const FROM_PROFILE = 64;

// One letter per code; a new code must get one (a compile error until it does).
const LETTER: Record<FindingCode, string> = {
  'photo-missing-in-sharepoint': 'a',
  'photo-missing-in-microsoft365': 'b',
  'photo-differs': 'c',
  'photo-damaged-in-microsoft365': 'd',
  'photo-unverified': 'e',
  'photo-sync-pending': 'f',
  'property-differs': 'g',
  'property-not-synced': 'h'
};
const CODE_OF: Record<string, FindingCode> = {};
(Object.keys(LETTER) as FindingCode[]).forEach((code) => { CODE_OF[LETTER[code]] = code; });

const UNREAD: Record<NonNullable<ScannedPerson['unread']>, true> = {
  permission: true, throttled: true, unavailable: true, offline: true, 'bad-data': true, unknown: true, 'no-sharepoint-profile': true
};

/** Which scan settings a stored scan belongs to: another scope or other fields is another scan. */
export function settingsKey(settings: ScanSettings): string {
  const scope = settings.scope.kind === 'group' ? `group:${settings.scope.groupId}` : 'everyone';
  return [scope, settings.includeGuests ? 'guests' : '', settings.includeDisabled ? 'disabled' : '', settings.fields.join(',')].join('|');
}

function rowOf(person: ScannedPerson, fingerprint: string): Row {
  const flags = (person.guest ? GUEST : 0) | (person.enabled ? ENABLED : 0) | (person.inSync ? IN_SYNC : 0) |
    (person.from === 'index' ? FROM_INDEX : 0) | (person.from === 'profile' ? FROM_PROFILE : 0) |
    (person.confirming ? CONFIRMING : 0) | (person.notInIndex ? NOT_IN_INDEX : 0);
  const mail = person.mail.toLowerCase() === person.userPrincipalName.toLowerCase() ? '' : person.mail;
  return [person.id, person.displayName, person.userPrincipalName, mail, flags,
    person.findings.map((code) => LETTER[code]).join(''), person.differingFields.join(','), person.unread || '', fingerprint];
}

function isRow(value: unknown): value is Row {
  return Array.isArray(value) && value.length === 9 && typeof value[4] === 'number' &&
    [0, 1, 2, 3, 5, 6, 7, 8].every((i) => typeof value[i] === 'string') &&
    String(value[5]).split('').every((letter) => CODE_OF[letter] !== undefined) &&
    (value[7] === '' || Object.prototype.hasOwnProperty.call(UNREAD, value[7] as string));
}

function personOf(row: Row): ScannedPerson {
  const person: ScannedPerson = {
    id: row[0],
    displayName: row[1],
    userPrincipalName: row[2],
    mail: row[3] || row[2],
    guest: (row[4] & GUEST) !== 0,
    enabled: (row[4] & ENABLED) !== 0,
    findings: row[5].split('').map((letter) => CODE_OF[letter]),
    differingFields: row[6] ? row[6].split(',') : [],
    inSync: (row[4] & IN_SYNC) !== 0
  };
  if (row[7]) person.unread = row[7] as FailureKind | 'no-sharepoint-profile';
  if (row[4] & FROM_INDEX) person.from = 'index';
  else if (row[4] & FROM_PROFILE) person.from = 'profile';
  if (row[4] & CONFIRMING) person.confirming = true;
  if (row[4] & NOT_IN_INDEX) person.notInIndex = true;
  return person;
}

/**
 * The last finished scan and an unfinished one, per signed-in person, in the browser's storage.
 * Names, user names and findings only: never a token, a photo or a profile's other properties.
 * Storage refused or full: the scan still runs, only nothing survives a reload.
 */
export class ScanStore {
  private readonly _settings: string;

  public constructor(private readonly _storage: Storage | undefined, private readonly _user: string, settings: ScanSettings) {
    this._settings = settingsKey(settings);
  }

  public readFinished(): StoredScan | undefined {
    return this._read('last');
  }

  public readUnfinished(): StoredScan | undefined {
    return this._read('unfinished');
  }

  /** False when the storage refused it (full, disabled). */
  public saveFinished(scan: StoredScan): boolean {
    this._remove('unfinished');
    return this._write('last', scan);
  }

  public saveUnfinished(scan: StoredScan): boolean {
    return this._write('unfinished', scan);
  }

  public clearUnfinished(): void {
    this._remove('unfinished');
  }

  /** How many characters a scan takes in storage (what the storage counts against its quota). */
  public static sizeOf(scan: StoredScan): number {
    return JSON.stringify(scan.people.map((person) => rowOf(person, scan.fingerprints.get(person.id) || ''))).length;
  }

  private _key(kind: 'last' | 'unfinished'): string {
    return `${KEY_PREFIX}${kind}:${this._user}`;
  }

  private _read(kind: 'last' | 'unfinished'): StoredScan | undefined {
    if (!this._storage) return undefined;
    let value: unknown;
    try {
      const text = this._storage.getItem(this._key(kind));
      value = text === null ? undefined : JSON.parse(text);
    } catch {
      value = undefined;
    }
    if (value === undefined) return undefined;
    const stored = value as StoredShape;
    // Trusts nothing: another user's, another version's or another scope's entry is not this scan.
    if (typeof value !== 'object' || value === null || stored.version !== VERSION || stored.user !== this._user ||
      stored.settings !== this._settings || typeof stored.startedAt !== 'string' || !Array.isArray(stored.rows) || !stored.rows.every(isRow)) {
      return undefined;
    }
    const fingerprints = new Map<string, string>();
    stored.rows.forEach((row) => fingerprints.set(row[0], row[8]));
    const scan: StoredScan = { people: stored.rows.map(personOf), fingerprints, startedAt: stored.startedAt };
    if (typeof stored.finishedAt === 'string') scan.finishedAt = stored.finishedAt;
    if (stored.cancelled === true) scan.cancelled = true;
    if (stored.check === 'quick' || stored.check === 'thorough') scan.check = stored.check;
    return scan;
  }

  private _write(kind: 'last' | 'unfinished', scan: StoredScan): boolean {
    if (!this._storage) return false;
    const shape: StoredShape = {
      version: VERSION,
      user: this._user,
      settings: this._settings,
      startedAt: scan.startedAt,
      rows: scan.people.map((person) => rowOf(person, scan.fingerprints.get(person.id) || ''))
    };
    if (scan.finishedAt) shape.finishedAt = scan.finishedAt;
    if (scan.cancelled) shape.cancelled = true;
    if (scan.check) shape.check = scan.check;
    try {
      this._storage.setItem(this._key(kind), JSON.stringify(shape));
      return true;
    } catch {
      // Full or refused (private browsing, blocked third-party storage): the result stays on the page only.
      return false;
    }
  }

  private _remove(kind: 'last' | 'unfinished'): void {
    try {
      if (this._storage) this._storage.removeItem(this._key(kind));
    } catch {
      // An unusable storage has nothing to remove.
    }
  }
}
