import type { SourceName } from '../types';
import { IPacer, PacerWaitListener, PacingLimits } from './types';

// Every SPFx solution calls Graph as the same app ("SharePoint Online Web Client Extensibility"), so
// they share one budget per app and tenant; a scan takes a bounded share of it.
// - Graph, https://learn.microsoft.com/graph/throttling-limits: 130,000 requests per 10 s per app
//   across all tenants; identity and access (Entra ID) per app and tenant: 3,500 (under 50 users),
//   5,000 (50-500) or 8,000 (over 500) resource units per 10 s. Requests inside a $batch count one
//   by one. 3,000 per 10 s is under two fifths of the budget of a tenant big enough to need a scan.
// - SharePoint, https://learn.microsoft.com/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online
//   (updated March 2025): 3,000 requests per 5 minutes per user, and for the PeopleManager APIs
//   3,000 (up to 1,000 licences) to 15,000 (50,000 and more) per 5 minutes per tenant. The page's
//   REST calls carry the IT person's own sign-in, so the per-user limit binds, and GetPropertiesFor
//   is a PeopleManager API that every people card in the tenant also uses. Requests inside a $batch
//   are counted one by one (the worst reading). The scan reads at most 2,000 profiles per 5 minutes:
//   two thirds of the user's limit (the rest is the IT person's own browsing) and two thirds of the
//   smallest tenant's PeopleManager budget, which a tenant that small never needs anyway (it has
//   fewer than 1,000 people to read). So 10,000 people take about 25 minutes, not one: a faster scan
//   would throttle the IT person and could throttle people cards for everyone.
export const GRAPH_PACING: PacingLimits = { maxInFlight: 6, maxPerWindow: 3000, windowMs: 10000 };
export const SHAREPOINT_PACING: PacingLimits = { maxInFlight: 2, maxPerWindow: 2000, windowMs: 5 * 60000 };
/**
 * SharePoint search: "delegated user requests that exceed 10 requests per second per user" are
 * throttled ("Avoid getting throttled or blocked in SharePoint Online"); one page at a time, 8 a second.
 */
export const SEARCH_PACING: PacingLimits = { maxInFlight: 1, maxPerWindow: 8, windowMs: 1000 };

// A 429 without Retry-After: Graph's guidance is to back off; two seconds, then the caps decide.
const DEFAULT_BACKOFF_SECONDS = 2;
// Growing back after a 429: one more request at once (and an eighth more per 10 s) per this many successes.
const GROW_AFTER_SUCCESSES = 8;

interface Start { at: number; units: number }

interface Waiter {
  units: number;
  go(): void;
}

/** A request abandoned because the scan was cancelled before it was sent. */
export class PacingAborted extends Error {
  public constructor() {
    super('The scan was cancelled before this request was sent');
    Object.setPrototypeOf(this, PacingAborted.prototype);
    this.name = 'AbortError';
  }
}

/** Paces one service: a cap on requests in flight and on units started per sliding window (see IPacer). */
export class Pacer implements IPacer {
  private _inFlight: number = 0;
  private _inFlightCap: number;
  private _rateCap: number;
  private _pausedUntil: number = 0;
  private _starts: Start[] = [];
  private _queue: Waiter[] = [];
  private _timer: ReturnType<typeof setTimeout> | undefined;
  private _successes: number = 0;
  // Bumped by every 429, so that an answer to a request sent before it does not count as a success.
  private _throttles: number = 0;
  private _waiting: boolean = false;
  private _peak: number = 0;
  private _sent: number = 0;

  public constructor(public readonly source: SourceName, private readonly _limits: PacingLimits,
    private readonly _onWait?: PacerWaitListener, private readonly _now: () => number = () => Date.now()) {
    this._inFlightCap = _limits.maxInFlight;
    this._rateCap = _limits.maxPerWindow;
  }

  public get peakPerWindow(): number {
    return this._peak;
  }

  public get sent(): number {
    return this._sent;
  }

  public run<T>(units: number, send: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (signal && signal.aborted) {
        reject(new PacingAborted());
        return;
      }
      let stopListening = (): void => undefined;
      const waiter: Waiter = {
        units,
        go: () => {
          stopListening();
          const generation = this._throttles;
          this._inFlight++;
          send().then((value) => {
            this._inFlight--;
            if (generation === this._throttles) this._succeeded();
            this._pump();
            resolve(value);
          }, (error: unknown) => {
            this._inFlight--;
            this._pump();
            reject(error);
          });
        }
      };
      const onAbort = (): void => {
        const at = this._queue.indexOf(waiter);
        if (at >= 0) this._queue.splice(at, 1);
        reject(new PacingAborted());
      };
      if (signal) stopListening = () => signal.removeEventListener('abort', onAbort);
      if (signal) signal.addEventListener('abort', onAbort);
      this._queue.push(waiter);
      this._pump();
    });
  }

  public throttled(seconds: number | undefined): void {
    const wait = seconds !== undefined ? seconds : DEFAULT_BACKOFF_SECONDS;
    this._throttles++;
    this._successes = 0;
    this._inFlightCap = Math.max(1, Math.floor(this._inFlightCap / 2));
    this._rateCap = Math.max(Math.floor(this._limits.maxPerWindow / 8), Math.floor(this._rateCap / 2));
    this._pausedUntil = Math.max(this._pausedUntil, this._now() + wait * 1000);
    this._waiting = true;
    if (this._onWait) this._onWait({ source: this.source, seconds: wait });
    this._pump();
  }

  private _succeeded(): void {
    if (++this._successes < GROW_AFTER_SUCCESSES) return;
    this._successes = 0;
    this._inFlightCap = Math.min(this._limits.maxInFlight, this._inFlightCap + 1);
    this._rateCap = Math.min(this._limits.maxPerWindow, this._rateCap + Math.ceil(this._limits.maxPerWindow / 8));
  }

  private _unitsInWindow(now: number): number {
    while (this._starts.length > 0 && this._starts[0].at <= now - this._limits.windowMs) this._starts.shift();
    return this._starts.reduce((sum, start) => sum + start.units, 0);
  }

  /** Starts whatever fits now; otherwise wakes up when something will (a request ending wakes it too). */
  private _pump(): void {
    if (this._timer !== undefined) {
      clearTimeout(this._timer);
      this._timer = undefined;
    }
    const now = this._now();
    if (now < this._pausedUntil) {
      if (this._queue.length > 0 || this._waiting) this._wakeAt(this._pausedUntil);
      return;
    }
    if (this._waiting) {
      this._waiting = false;
      if (this._onWait) this._onWait(undefined);
    }
    while (this._queue.length > 0 && this._inFlight < this._inFlightCap) {
      const next = this._queue[0];
      const used = this._unitsInWindow(now);
      // An empty window lets one request through whatever its size, so a batch never waits for ever.
      if (used > 0 && used + next.units > this._rateCap) {
        this._wakeAt(this._whenFits(used, next.units));
        return;
      }
      this._queue.shift();
      this._starts.push({ at: now, units: next.units });
      this._sent += next.units;
      this._peak = Math.max(this._peak, used + next.units);
      next.go();
    }
  }

  /** When enough of the window's starts will have left it for `units` more to fit. */
  private _whenFits(used: number, units: number): number {
    let left = used;
    for (let i = 0; i < this._starts.length; i++) {
      left -= this._starts[i].units;
      if (left === 0 || left + units <= this._rateCap) return this._starts[i].at + this._limits.windowMs + 1;
    }
    return this._now() + this._limits.windowMs;
  }

  private _wakeAt(at: number): void {
    this._timer = setTimeout(() => {
      this._timer = undefined;
      this._pump();
    }, Math.max(0, at - this._now()));
  }
}
