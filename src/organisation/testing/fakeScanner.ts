import { previewCheck } from '../../preview';
import type { PreviewState } from '../../preview';
import type { IOrganisationScanner, PersonDetails, ScanFailure, ScanMode, ScannedPerson, ScanProgress, ScanSettings } from '../types';
import { countsOf, generatedPeople } from './people';

export interface FakeScannerOptions {
  /** People in scope (default 300). */
  size?: number;
  /** People each step reads (default 25). */
  perStep?: number;
  /** Milliseconds between steps when it runs by itself; 0: only `step()` moves it (tests). */
  stepMs?: number;
  /** Stops with this failure once `at` people are read (0: before anyone, as a missing permission does). */
  failure?: { at: number; failure: ScanFailure };
  /** Shows a Retry-After wait of `seconds` while the step after `at` people runs. */
  wait?: { at: number; seconds: number };
  storage?: Storage;
  userKey?: string;
  settings?: ScanSettings;
  now?: () => Date;
}

interface Stored { scanned: number; finished: boolean; cancelled: boolean; finishedAt?: string; startedAt?: string }

const DETAILS_BY_FINDING: ReadonlyArray<[string, PreviewState]> = [
  ['photo-missing-in-sharepoint', 'photo-missing-in-sharepoint'],
  ['photo-missing-in-microsoft365', 'photo-missing-in-microsoft365'],
  ['property-differs', 'property-differs'],
  ['photo-unverified', 'photo-unverified'],
  ['property-not-synced', 'property-not-synced']
];

/**
 * Plays a scan of a generated organisation over time, with cancel, resume, a wait, a failure and
 * storage across reloads: the page is built and tested against it until the real scan is wired in.
 */
export class FakeOrganisationScanner implements IOrganisationScanner {
  public progress: ScanProgress;
  public people: readonly ScannedPerson[] = [];
  /** How often each mode was started, for tests. */
  public readonly starts: ScanMode[] = [];
  private readonly _all: ScannedPerson[];
  private readonly _listeners = new Set<() => void>();
  private readonly _options: FakeScannerOptions;
  private _timer: ReturnType<typeof setTimeout> | undefined;
  private _disposed = false;

  public constructor(options: FakeScannerOptions = {}) {
    this._options = options;
    this._all = generatedPeople(options.size === undefined ? 300 : options.size);
    this.progress = { status: 'idle', scanned: 0, total: undefined, counts: {}, restored: false, resumable: false, requests: { graph: 0, sharePoint: 0, reusedPeople: 0 } };
    this._restore();
  }

  public subscribe(listener: () => void): () => void {
    this._listeners.add(listener);
    return () => { this._listeners.delete(listener); };
  }

  public start(mode: ScanMode): void {
    if (this._disposed || this.progress.status === 'scanning') return;
    this.starts.push(mode);
    const from = mode === 'resume' ? this.progress.scanned : 0;
    const reused = mode === 'rescan' ? this.progress.scanned : 0;
    this.people = this._all.slice(0, from);
    this.progress = {
      ...this.progress, status: 'scanning', scanned: from, total: this._all.length, failure: undefined, finishedAt: undefined,
      startedAt: mode === 'resume' && this.progress.startedAt ? this.progress.startedAt : this._now().toISOString(),
      counts: countsOf(this.people), restored: false, resumable: false, waiting: undefined,
      requests: { graph: 0, sharePoint: 0, reusedPeople: reused }
    };
    this._save(false);
    this._changed();
    this._schedule();
  }

  public cancel(): void {
    if (this.progress.status !== 'scanning') return;
    this._clearTimer();
    this.progress = { ...this.progress, status: 'cancelled', resumable: true, waiting: undefined, remainingMs: undefined };
    this._save(true);
    this._changed();
  }

  public details(person: ScannedPerson): Promise<PersonDetails> {
    const state = person.unread ? 'error-sharepoint-unavailable' : (DETAILS_BY_FINDING.filter(([code]) => person.findings.indexOf(code as never) >= 0)[0] || [])[1];
    return Promise.resolve(previewCheck(state || 'in-sync', this._now()));
  }

  public dispose(): void {
    this._disposed = true;
    this._clearTimer();
    this._listeners.clear();
  }

  /** Reads the next people; runs by itself when `stepMs` is set. */
  public step(): void {
    if (this.progress.status !== 'scanning') return;
    const { failure, wait } = this._options;
    const perStep = this._options.perStep || 25;
    const from = this.progress.scanned;
    if (failure && from >= failure.at) {
      this._clearTimer();
      this.progress = { ...this.progress, status: 'error', failure: failure.failure, resumable: from > 0, waiting: undefined, remainingMs: undefined };
      this._save(true);
      this._changed();
      return;
    }
    const to = Math.min(this._all.length, failure && failure.at > from ? Math.min(failure.at, from + perStep) : from + perStep);
    this.people = this._all.slice(0, to);
    const left = this._all.length - to;
    this.progress = {
      ...this.progress, scanned: to, counts: countsOf(this.people),
      remainingMs: Math.ceil(left / perStep) * (this._options.stepMs || 100),
      waiting: wait && from <= wait.at && wait.at < to ? { source: 'graph', seconds: wait.seconds } : undefined,
      requests: { ...this.progress.requests, graph: this.progress.requests.graph + 2, sharePoint: this.progress.requests.sharePoint + (to - from) }
    };
    if (left === 0 && !(failure && failure.at <= to && failure.at < this._all.length)) {
      this.progress = { ...this.progress, status: 'done', finishedAt: this._now().toISOString(), remainingMs: undefined, waiting: undefined };
      this._save(false);
    } else {
      this._save(false);
      this._schedule();
    }
    this._changed();
  }

  private _now(): Date {
    return this._options.now ? this._options.now() : new Date();
  }

  private _schedule(): void {
    const ms = this._options.stepMs;
    if (!ms || this._disposed) return;
    this._clearTimer();
    this._timer = setTimeout(() => { this._timer = undefined; this.step(); }, ms);
  }

  private _clearTimer(): void {
    if (this._timer !== undefined) clearTimeout(this._timer);
    this._timer = undefined;
  }

  private _changed(): void {
    this._listeners.forEach((listener) => listener());
  }

  private _key(): string {
    const settings = this._options.settings;
    return `profile-sync-organisation-fake|${this._options.userKey || ''}|${settings ? JSON.stringify(settings) : ''}`;
  }

  private _save(cancelled: boolean): void {
    const { storage } = this._options;
    if (!storage) return;
    const stored: Stored = {
      scanned: this.progress.scanned, finished: this.progress.status === 'done', cancelled,
      finishedAt: this.progress.finishedAt, startedAt: this.progress.startedAt
    };
    try { storage.setItem(this._key(), JSON.stringify(stored)); } catch { /* full or refused: nothing survives a reload */ }
  }

  /** The last finished result shows at once; an unfinished scan can be resumed. */
  private _restore(): void {
    const { storage } = this._options;
    let stored: Stored | undefined;
    try { stored = storage ? JSON.parse(storage.getItem(this._key()) || 'null') || undefined : undefined; } catch { stored = undefined; }
    if (!stored) return;
    this.people = this._all.slice(0, stored.scanned);
    this.progress = {
      ...this.progress, scanned: stored.scanned, total: this._all.length, counts: countsOf(this.people), restored: true,
      status: stored.finished ? 'done' : stored.cancelled ? 'cancelled' : 'idle',
      resumable: !stored.finished, finishedAt: stored.finishedAt, startedAt: stored.startedAt
    };
  }
}
