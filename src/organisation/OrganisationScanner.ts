import { SourceError, sourceErrorFromThrown } from '../sources/SourceError';
import type { ServiceWait, SourceName } from '../sources/types';
import { PacingAborted } from '../sources/organisation/pacing';
import { PHOTO_BATCH_SIZE } from '../sources/organisation/GraphPhotoPresenceReader';
import { PROFILE_BATCH_SIZE } from '../sources/organisation/SharePointProfilesReader';
import type {
  IDirectoryReader, IPacer, IPeopleIndexReader, IPhotoPresenceReader, ISharePointProfilesReader, PhotoPresenceAnswer, SharePointProfileAnswer
} from '../sources/organisation/types';
import type { PeopleIndexEntry } from '../sources/organisation/peopleIndexEntry';
import { DirectoryPerson, directoryPersonOf, graphFingerprint, inScope } from './directoryPerson';
import { countsOf, scannedPersonOf } from './scannedPerson';
import { ScanStore, StoredScan } from './scanStore';
import {
  CheckKind, Confirmation, IOrganisationScanner, PersonDetails, ScanFailure, ScanMode, ScannedPerson, ScanProgress, ScanSettings
} from './types';

/** What a scanner is built from: the readers, their pacers, the store, and how one person is opened. */
export interface ScannerParts {
  directory: IDirectoryReader;
  photos: IPhotoPresenceReader;
  profiles: ISharePointProfilesReader;
  graphPacer: IPacer;
  sharePointPacer: IPacer;
  /** SharePoint search's people index, for the quick check; without it every check is thorough. */
  index?: IPeopleIndexReader;
  /** The pacer the index reader sends through (its requests are counted from it). */
  searchPacer?: IPacer;
  store: ScanStore;
  details(person: ScannedPerson): Promise<PersonDetails>;
  now?: () => number;
  /** Progress is told at most this often while a scan runs (not 10,000 renders). */
  notifyEveryMs?: number;
  /** An unfinished scan is kept this often, so a reload can resume it. */
  saveEveryMs?: number;
}

interface Pending {
  index: number;
  person: DirectoryPerson;
  photo?: PhotoPresenceAnswer;
  sharePoint?: SharePointProfileAnswer;
}

/** Full batches from the front of a queue (and, with `all`, the last part-full one), and what is left. */
function takeBatches<T>(queue: T[], size: number, all: boolean): { batches: T[][]; rest: T[] } {
  const batches: T[][] = [];
  let at = 0;
  for (; queue.length - at >= size; at += size) batches.push(queue.slice(at, at + size));
  if (all && at < queue.length) {
    batches.push(queue.slice(at));
    at = queue.length;
  }
  return { batches, rest: queue.slice(at) };
}

// Too few people read to tell the time left from.
const MIN_READ_FOR_ESTIMATE = 20;
// Before enough suspects are confirmed to go by, the time left is SharePoint's pace for the scan
// (SHAREPOINT_PACING: 2,000 profiles per 5 minutes).
const CONFIRM_MS_PER_PERSON = (5 * 60000) / 2000;
// Batches of suspects read at once (SHAREPOINT_PACING allows two requests in flight).
const CONFIRM_IN_FLIGHT = 2;

function failureOf(error: unknown, source: SourceName): ScanFailure {
  const known = error instanceof SourceError ? error : sourceErrorFromThrown(source, error);
  const failure: ScanFailure = { source: known.source, kind: known.kind, message: known.message };
  if (known.status !== undefined) failure.status = known.status;
  if (known.details) failure.details = known.details;
  return failure;
}

/** The same person, with who they are now in Graph (a reused result keeps its findings only). */
function withIdentity(result: ScannedPerson, person: DirectoryPerson): ScannedPerson {
  return { ...result, displayName: person.displayName, userPrincipalName: person.userPrincipalName, mail: person.mail, guest: person.guest, enabled: person.enabled };
}

/**
 * Scans everyone in scope: lists the directory page by page and, as each page arrives, reads photo
 * presence (Graph $batch of 20) and SharePoint profiles (SharePoint $batch of 100) side by side,
 * each service paced on its own. idle → scanning → done | cancelled | error.
 */
export class OrganisationScanner implements IOrganisationScanner {
  private _progress: ScanProgress;
  private _people: ScannedPerson[] = [];
  private _slots: Array<ScannedPerson | undefined> = [];
  private _fingerprints: Map<string, string> = new Map();
  private readonly _listeners: Array<() => void> = [];
  private _controller: AbortController | undefined;
  private _notifyTimer: ReturnType<typeof setTimeout> | undefined;
  private _lastSave: number = 0;
  private _saveTimer: ReturnType<typeof setTimeout> | undefined;
  // While a resumed scan waits for its first directory page, what it resumes from stays on screen.
  private _resumedFrom: ScannedPerson[] = [];
  private _lastFinished: StoredScan | undefined;
  private _lastUnfinished: StoredScan | undefined;
  private _waits: Partial<Record<SourceName, ServiceWait>> = {};
  private _disposed: boolean = false;
  private readonly _now: () => number;
  // Of the scan under way.
  private _startMs: number = 0;
  private _startedAt: string = '';
  private _done: number = 0;
  private _reused: number = 0;
  private _sentAtStart: { graph: number; sharePoint: number; search: number } = { graph: 0, sharePoint: 0, search: 0 };
  private _check: CheckKind = 'thorough';
  // A quick check's suspects: confirmed so far, still waiting, when the first was confirmed.
  private _confirmation: { confirmed: number; waiting: number; firstAt: number; suspects: number } | undefined;
  // The order IT sees people in: suspects are confirmed in it.
  private _priority: Map<string, number> = new Map();

  public constructor(private readonly _parts: ScannerParts, private readonly _settings: ScanSettings) {
    this._now = _parts.now || (() => Date.now());
    this._lastFinished = _parts.store.readFinished();
    this._lastUnfinished = _parts.store.readUnfinished();
    this._progress = this._restored();
  }

  public get progress(): ScanProgress {
    return this._progress;
  }

  public get people(): readonly ScannedPerson[] {
    return this._people;
  }

  public get hasQuickCheck(): boolean {
    return !!this._parts.index;
  }

  public subscribe(listener: () => void): () => void {
    this._listeners.push(listener);
    return () => {
      const at = this._listeners.indexOf(listener);
      if (at >= 0) this._listeners.splice(at, 1);
    };
  }

  public start(mode: ScanMode, check?: CheckKind): void {
    if (this._disposed || this._progress.status === 'scanning') return;
    const controller = new AbortController();
    this._controller = controller;
    const resumed = mode === 'resume' && this._lastUnfinished ? this._lastUnfinished.check : undefined;
    this._check = !this._parts.index ? 'thorough' : check || resumed || 'quick';
    const run = this._check === 'quick' ? this._runQuick(mode, controller.signal) : this._run(mode, controller.signal);
    run.catch((error: unknown) => {
      if (controller.signal.aborted) return;
      this._stop('error', failureOf(error, 'graph'));
    });
  }

  public cancel(): void {
    if (this._progress.status !== 'scanning') return;
    this._stop('cancelled', undefined, true);
  }

  public prioritise(ids: readonly string[]): void {
    const priority = new Map<string, number>();
    ids.forEach((id, at) => { if (!priority.has(id)) priority.set(id, at); });
    this._priority = priority;
  }

  public details(person: ScannedPerson): Promise<PersonDetails> {
    return this._parts.details(person);
  }

  public dispose(): void {
    // A scan under way is kept as unfinished, so the next page view can resume it.
    if (this._progress.status === 'scanning') this._stop('cancelled');
    this._disposed = true;
    this._listeners.length = 0;
    if (this._notifyTimer !== undefined) clearTimeout(this._notifyTimer);
    if (this._saveTimer !== undefined) clearTimeout(this._saveTimer);
  }

  /** A pacer's wait for a busy service began (or, undefined, ended). */
  public heardWait(source: SourceName, wait: ServiceWait | undefined): void {
    if (wait) this._waits[source] = wait;
    else delete this._waits[source];
    if (this._progress.status === 'scanning') this._changed();
  }

  private _restored(): ScanProgress {
    // A scan the page left unfinished (closed, reloaded) shows and goes on; one the user cancelled
    // shows as cancelled; otherwise the last finished result.
    const interrupted = this._lastUnfinished && !this._lastUnfinished.cancelled ? this._lastUnfinished : undefined;
    const shown = interrupted || this._lastFinished || this._lastUnfinished;
    const base: ScanProgress = {
      status: 'idle', scanned: 0, total: undefined, counts: {}, restored: false, resumable: !!this._lastUnfinished,
      requests: { graph: 0, sharePoint: 0, reusedPeople: 0 }
    };
    if (!shown) return base;
    this._people = shown.people;
    const progress: ScanProgress = {
      ...base,
      status: interrupted ? 'idle' : this._lastFinished ? 'done' : 'cancelled',
      scanned: shown.people.length,
      total: !interrupted && this._lastFinished ? shown.people.length : undefined,
      counts: countsOf(shown.people),
      startedAt: shown.startedAt,
      restored: true,
      check: shown.check || 'thorough'
    };
    if (shown.finishedAt) progress.finishedAt = shown.finishedAt;
    return progress;
  }

  /**
   * Who need not be read again, with their last result. 'resume' goes on with the unfinished scan:
   * everyone it read, unless their Graph values changed since. 'rescan' keeps people who were in
   * sync and whose Graph values did not change: their SharePoint copy only changes through the
   * directory import, which writes those same values. What this cannot see: a photo added or
   * removed in Microsoft 365 alone (no Graph value changes), found by the next 'full' scan.
   */
  private _reusable(mode: ScanMode): Map<string, { person: ScannedPerson; fingerprint: string }> {
    const reusable = new Map<string, { person: ScannedPerson; fingerprint: string }>();
    const from = mode === 'resume' ? this._lastUnfinished || this._lastFinished : mode === 'rescan' ? this._lastFinished : undefined;
    if (!from) return reusable;
    const resuming = mode === 'resume' && from === this._lastUnfinished;
    from.people.forEach((person) => {
      const fingerprint = from.fingerprints.get(person.id);
      if (!fingerprint || person.unread || person.confirming || (!resuming && !person.inSync)) return;
      reusable.set(person.id, { person, fingerprint });
    });
    return reusable;
  }

  /** A scan begins: what it may reuse, and nothing of the last one's counters. */
  private _begin(mode: ScanMode): Map<string, { person: ScannedPerson; fingerprint: string }> {
    const { graphPacer, sharePointPacer, searchPacer } = this._parts;
    const reusable = this._reusable(mode);
    this._resumedFrom = mode === 'resume' ? Array.from(reusable.values()).map((entry) => entry.person) : [];
    this._slots = [];
    this._fingerprints = new Map();
    this._done = 0;
    this._reused = 0;
    this._waits = {};
    this._confirmation = undefined;
    this._startMs = this._now();
    this._startedAt = new Date(this._startMs).toISOString();
    this._sentAtStart = { graph: graphPacer.sent, sharePoint: sharePointPacer.sent, search: searchPacer ? searchPacer.sent : 0 };
    this._progress = {
      status: 'scanning', scanned: 0, total: undefined, counts: {}, startedAt: this._startedAt, restored: false, resumable: false,
      requests: { graph: 0, sharePoint: 0, reusedPeople: 0 }, check: this._check
    };
    this._publish();
    return reusable;
  }

  /** A directory person seen for the first time in this scan: their slot, or their last result when it can be reused. */
  private _place(person: DirectoryPerson, reusable: Map<string, { person: ScannedPerson; fingerprint: string }>): number | undefined {
    const index = this._slots.length;
    this._slots.push(undefined);
    const fingerprint = graphFingerprint(person, this._settings.fields);
    this._fingerprints.set(person.id, fingerprint);
    const last = reusable.get(person.id);
    if (last && last.fingerprint === fingerprint) {
      this._slots[index] = withIdentity(last.person, person);
      this._done++;
      this._reused++;
      return undefined;
    }
    return index;
  }

  private async _run(mode: ScanMode, signal: AbortSignal): Promise<void> {
    const { directory, photos, profiles } = this._parts;
    const reusable = this._begin(mode);

    const pending = new Map<string, Pending>();
    const seen: Record<string, true> = {};
    let photoQueue: DirectoryPerson[] = [];
    let profileQueue: DirectoryPerson[] = [];
    const reads: Array<Promise<void>> = [];
    const settle = (id: string, answer: { photo?: PhotoPresenceAnswer; sharePoint?: SharePointProfileAnswer }): void => {
      const waiting = pending.get(id);
      if (!waiting || signal.aborted) return;
      if (answer.photo) waiting.photo = answer.photo;
      if (answer.sharePoint) waiting.sharePoint = answer.sharePoint;
      if (!waiting.photo || !waiting.sharePoint) return;
      pending.delete(id);
      this._slots[waiting.index] = scannedPersonOf(waiting.person, waiting.sharePoint, waiting.photo, this._settings.fields);
      this._done++;
      this._changed();
    };
    const send = (all: boolean): void => {
      const photoBatches = takeBatches(photoQueue, PHOTO_BATCH_SIZE, all);
      photoQueue = photoBatches.rest;
      photoBatches.batches.forEach((chunk) => reads.push(this._read('graph', chunk, signal,
        () => photos.read(chunk.map((p) => p.id), signal), (id, photo) => settle(id, { photo }))));
      const profileBatches = takeBatches(profileQueue, PROFILE_BATCH_SIZE, all);
      profileQueue = profileBatches.rest;
      profileBatches.batches.forEach((chunk) => reads.push(this._read('sharePoint', chunk, signal,
        () => profiles.read(chunk.map((p) => ({ id: p.id, userPrincipalName: p.userPrincipalName })), signal), (id, sharePoint) => settle(id, { sharePoint }))));
    };

    let path: string | undefined = directory.firstPage(this._settings.scope, this._settings.fields);
    while (path) {
      const page = await directory.page(path, signal);
      if (signal.aborted) return;
      if (page.total !== undefined && this._progress.total === undefined) this._progress = { ...this._progress, total: page.total };
      page.users.forEach((raw) => {
        const person = directoryPersonOf(raw);
        if (!person || seen[person.id] || !inScope(person, this._settings)) return;
        seen[person.id] = true;
        const index = this._place(person, reusable);
        if (index === undefined) return;
        pending.set(person.id, { index, person });
        photoQueue.push(person);
        profileQueue.push(person);
      });
      send(false);
      path = page.next;
      this._changed();
    }
    // Graph's count includes those left out of scope: now the real number is known.
    this._progress = { ...this._progress, total: this._slots.length };
    send(true);
    await Promise.all(reads);
    if (signal.aborted) return;
    this._finish();
  }

  /**
   * The quick check: the directory and photo presence from Graph as in a thorough check, and
   * SharePoint's side from the people index (about 20 search requests for 10,000 people), read side
   * by side. A person whose index entry agrees with Microsoft 365 has their verdict; one whose entry
   * differs, or who has no entry, is a suspect: shown from the index (or as not in it) and read again
   * with GetPropertiesFor at SharePoint's pace, the first in IT's order first. The index is crawled
   * from the profiles and can be behind them by hours, so only the profile confirms a difference.
   */
  private async _runQuick(mode: ScanMode, signal: AbortSignal): Promise<void> {
    const { directory, photos, profiles } = this._parts;
    const index = this._parts.index as IPeopleIndexReader;
    const reusable = this._begin(mode);
    this._confirmation = { confirmed: 0, waiting: 0, firstAt: 0, suspects: 0 };
    const confirmation = this._confirmation;

    const byId = new Map<string, PeopleIndexEntry>();
    const byAccount = new Map<string, PeopleIndexEntry>();
    let indexRead = false;
    let directoryRead = false;
    const pending = new Map<string, Pending>();
    // Photo presence known, index entry not (yet).
    const waitingForIndex = new Map<string, Pending>();
    const suspects: Pending[] = [];
    const confirmingNow = new Map<string, Pending>();
    const reads: Array<Promise<void>> = [];
    let photoQueue: DirectoryPerson[] = [];
    let inFlight = 0;
    let finished: () => void = () => undefined;
    const allDone = new Promise<void>((resolve) => { finished = resolve; });

    const entryOf = (person: DirectoryPerson): PeopleIndexEntry | undefined =>
      byId.get(person.id.toLowerCase()) || byAccount.get(person.userPrincipalName.toLowerCase());
    const show = (waiting: Pending, result: ScannedPerson, first: boolean): void => {
      this._slots[waiting.index] = result;
      if (first) this._done++;
      this._changed();
    };
    const allIn = (): boolean => directoryRead && indexRead && pending.size === 0 && waitingForIndex.size === 0;
    const checkFinished = (): void => {
      if (allIn() && suspects.length === 0 && inFlight === 0) finished();
    };

    const confirmed = (id: string, sharePoint: SharePointProfileAnswer): void => {
      const waiting = confirmingNow.get(id);
      if (!waiting || signal.aborted) return;
      confirmingNow.delete(id);
      const result: ScannedPerson = { ...scannedPersonOf(waiting.person, sharePoint, waiting.photo as PhotoPresenceAnswer, this._settings.fields), from: 'profile' };
      if (confirmation.confirmed === 0) confirmation.firstAt = this._now();
      confirmation.confirmed++;
      confirmation.waiting--;
      show(waiting, result, false);
    };

    /** The next suspects to confirm: the first in IT's order, then in the directory's. */
    const takeSuspects = (): Pending[] => {
      const rank = (p: Pending): number => { const at = this._priority.get(p.person.id); return at !== undefined ? at : Number.MAX_SAFE_INTEGER; };
      suspects.sort((a, b) => rank(a) - rank(b) || a.index - b.index);
      return suspects.splice(0, PROFILE_BATCH_SIZE);
    };

    /** Sends suspects' profiles while there is room: full batches, and the last part-full one once everyone is in. */
    const pump = (): void => {
      while (!signal.aborted && inFlight < CONFIRM_IN_FLIGHT && (suspects.length >= PROFILE_BATCH_SIZE || (allIn() && suspects.length > 0))) {
        const chunk = takeSuspects();
        chunk.forEach((p) => confirmingNow.set(p.person.id, p));
        inFlight++;
        const people = chunk.map((p) => p.person);
        reads.push(this._read<SharePointProfileAnswer>('sharePoint', people, signal,
          () => profiles.read(people.map((p) => ({ id: p.id, userPrincipalName: p.userPrincipalName })), signal), confirmed)
          .then(() => { inFlight--; pump(); checkFinished(); }));
      }
      checkFinished();
    };

    /** Both sides known for a person: their verdict from the index, and whether it needs confirming. */
    const decide = (waiting: Pending): void => {
      const photo = waiting.photo as PhotoPresenceAnswer;
      const entry = entryOf(waiting.person);
      if (!entry && !indexRead) {
        waitingForIndex.set(waiting.person.id, waiting);
        return;
      }
      waitingForIndex.delete(waiting.person.id);
      let result: ScannedPerson;
      if (!photo.ok) {
        // Microsoft 365's side could not be read: that is this person's verdict, whatever SharePoint says.
        result = scannedPersonOf(waiting.person, photo, photo, this._settings.fields);
      } else if (entry) {
        result = { ...scannedPersonOf(waiting.person, { ok: true, body: entry.profile }, photo, this._settings.fields), from: 'index' };
      } else {
        result = { ...scannedPersonOf(waiting.person, { ok: true, noProfile: true }, photo, this._settings.fields), from: 'index' };
        delete result.unread;
        result.notInIndex = true;
      }
      const suspect = !result.inSync && photo.ok;
      if (suspect) {
        result.confirming = true;
        suspects.push(waiting);
        confirmation.suspects++;
        confirmation.waiting++;
      }
      show(waiting, result, true);
      pump();
    };

    const settlePhoto = (id: string, photo: PhotoPresenceAnswer): void => {
      const waiting = pending.get(id);
      if (!waiting || signal.aborted) return;
      pending.delete(id);
      waiting.photo = photo;
      decide(waiting);
    };
    const sendPhotos = (all: boolean): void => {
      const batches = takeBatches(photoQueue, PHOTO_BATCH_SIZE, all);
      photoQueue = batches.rest;
      batches.batches.forEach((chunk) => reads.push(this._read<PhotoPresenceAnswer>('graph', chunk, signal,
        () => photos.read(chunk.map((p) => p.id), signal), settlePhoto)));
    };

    const indexRun = index.readAll((entries) => {
      entries.forEach((entry) => {
        if (entry.objectId) byId.set(entry.objectId, entry);
        byAccount.set(entry.userPrincipalName, entry);
      });
      // People waiting for their entry who now have one.
      Array.from(waitingForIndex.values()).forEach((waiting) => { if (entryOf(waiting.person)) decide(waiting); });
    }, signal).catch((error: unknown) => {
      // Without the index the quick check still ends right: everyone not yet decided is a suspect,
      // read from their profile (a thorough check for them).
      if (signal.aborted || error instanceof PacingAborted) return;
      this._progress = { ...this._progress, indexFailure: failureOf(error, 'sharePoint') };
    }).then(() => {
      if (signal.aborted) return;
      indexRead = true;
      Array.from(waitingForIndex.values()).forEach(decide);
      pump();
    });

    const seen: Record<string, true> = {};
    let path: string | undefined = directory.firstPage(this._settings.scope, this._settings.fields);
    while (path) {
      const page = await directory.page(path, signal);
      if (signal.aborted) return;
      if (page.total !== undefined && this._progress.total === undefined) this._progress = { ...this._progress, total: page.total };
      page.users.forEach((raw) => {
        const person = directoryPersonOf(raw);
        if (!person || seen[person.id] || !inScope(person, this._settings)) return;
        seen[person.id] = true;
        const at = this._place(person, reusable);
        if (at === undefined) return;
        pending.set(person.id, { index: at, person });
        photoQueue.push(person);
      });
      sendPhotos(false);
      path = page.next;
      this._changed();
    }
    this._progress = { ...this._progress, total: this._slots.length };
    sendPhotos(true);
    directoryRead = true;
    pump();
    await indexRun;
    await allDone;
    await Promise.all(reads);
    if (signal.aborted) return;
    this._finish();
  }

  /** One batch of one side; a batch that failed as a whole is each of its people's failure. */
  private async _read<T>(source: SourceName, chunk: DirectoryPerson[], signal: AbortSignal, read: () => Promise<Map<string, T>>,
    settle: (id: string, answer: T | { ok: false; error: SourceError }) => void): Promise<void> {
    try {
      const answers = await read();
      if (signal.aborted) return;
      chunk.forEach((person) => {
        const answer = answers.get(person.id);
        settle(person.id, answer !== undefined ? answer : { ok: false, error: new SourceError(source, 'bad-data', `No answer for ${person.userPrincipalName}`) });
      });
    } catch (error) {
      if (signal.aborted || error instanceof PacingAborted) return;
      const failure = error instanceof SourceError ? error : sourceErrorFromThrown(source, error);
      chunk.forEach((person) => settle(person.id, { ok: false, error: failure }));
    }
  }

  private _scanSoFar(finished: boolean): StoredScan {
    const people = this._slots.filter((person): person is ScannedPerson => person !== undefined);
    const scan: StoredScan = { people, fingerprints: this._fingerprints, startedAt: this._startedAt, check: this._check };
    if (finished) scan.finishedAt = new Date(this._now()).toISOString();
    return scan;
  }

  private _finish(): void {
    const scan = this._scanSoFar(true);
    this._lastFinished = scan;
    this._lastUnfinished = undefined;
    this._parts.store.saveFinished(scan);
    this._progress = { ...this._progress, status: 'done', finishedAt: scan.finishedAt };
    this._publish();
  }

  /** `byUser`: Cancel was pressed (the next visit waits for Resume); otherwise the page went away (it goes on by itself). */
  private _stop(status: 'cancelled' | 'error', failure?: ScanFailure, byUser: boolean = false): void {
    if (this._controller) this._controller.abort();
    this._controller = undefined;
    const scan = this._scanSoFar(false);
    if (byUser || status === 'error') scan.cancelled = true;
    const resumable = scan.people.length > 0;
    if (resumable) {
      this._lastUnfinished = scan;
      this._parts.store.saveUnfinished(scan);
    }
    this._progress = { ...this._progress, status, resumable };
    if (failure) this._progress.failure = failure;
    this._publish();
  }

  private _saveUnfinished(): void {
    if (this._saveTimer !== undefined) clearTimeout(this._saveTimer);
    this._saveTimer = undefined;
    if (this._progress.status !== 'scanning') return;
    this._lastSave = this._now();
    this._lastUnfinished = this._scanSoFar(false);
    this._parts.store.saveUnfinished(this._lastUnfinished);
  }

  /** Something changed while scanning: told soon, at most every notifyEveryMs; kept for a reload now and then. */
  private _changed(): void {
    const every = this._parts.saveEveryMs !== undefined ? this._parts.saveEveryMs : 3000;
    const since = this._now() - this._lastSave;
    if (since >= every) this._saveUnfinished();
    // A change that came too soon is kept a little later, so a scan that then waits long for a busy
    // service (or is closed) has not lost it.
    else if (this._saveTimer === undefined) this._saveTimer = setTimeout(() => { this._saveUnfinished(); }, every - since);
    if (this._notifyTimer !== undefined) return;
    this._notifyTimer = setTimeout(() => {
      this._notifyTimer = undefined;
      if (this._progress.status === 'scanning') this._publish();
    }, this._parts.notifyEveryMs !== undefined ? this._parts.notifyEveryMs : 250);
  }

  private _confirmationNow(c: { confirmed: number; waiting: number; firstAt: number }): Confirmation {
    const confirmation: Confirmation = { confirmed: c.confirmed, waiting: c.waiting };
    if (c.waiting > 0) {
      const perPerson = c.confirmed >= MIN_READ_FOR_ESTIMATE ? (this._now() - c.firstAt) / c.confirmed : CONFIRM_MS_PER_PERSON;
      // A wait SharePoint asked for comes first: nobody is confirmed until it is over.
      const wait = this._waits.sharePoint;
      confirmation.remainingMs = Math.round(perPerson * c.waiting + (wait ? wait.seconds * 1000 : 0));
    }
    return confirmation;
  }

  private _publish(): void {
    if (this._notifyTimer !== undefined) {
      clearTimeout(this._notifyTimer);
      this._notifyTimer = undefined;
    }
    const listing = this._slots.length === 0 && this._resumedFrom.length > 0;
    if (!this._progress.restored) this._people = listing ? this._resumedFrom : this._slots.filter((person): person is ScannedPerson => person !== undefined);
    const progress: ScanProgress = {
      ...this._progress,
      scanned: this._progress.restored ? this._progress.scanned : listing ? this._resumedFrom.length : this._done,
      counts: countsOf(this._people)
    };
    if (!progress.restored) {
      progress.requests = {
        graph: this._parts.graphPacer.sent - this._sentAtStart.graph,
        sharePoint: this._parts.sharePointPacer.sent - this._sentAtStart.sharePoint,
        reusedPeople: this._reused
      };
      if (this._parts.searchPacer && this._check === 'quick') progress.requests.search = this._parts.searchPacer.sent - this._sentAtStart.search;
      progress.check = this._check;
      delete progress.confirmation;
      if (this._confirmation && this._check === 'quick') progress.confirmation = this._confirmationNow(this._confirmation);
    }
    delete progress.waiting;
    delete progress.remainingMs;
    if (progress.status === 'scanning') {
      const wait = this._waits.graph || this._waits.sharePoint;
      if (wait) progress.waiting = wait;
      const read = this._done - this._reused;
      const left = progress.total !== undefined ? progress.total - this._done : undefined;
      if (read >= MIN_READ_FOR_ESTIMATE && left !== undefined) progress.remainingMs = Math.round(((this._now() - this._startMs) / read) * Math.max(0, left));
    }
    this._progress = progress;
    this._listeners.slice().forEach((listener) => listener());
  }
}
