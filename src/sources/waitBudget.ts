import { IWaitBudget, SourceName, WaitListener } from './types';

/**
 * The most one check (or one photo sync) waits in all for services that asked it to (Retry-After,
 * back-off). Past it the page says "try again in a few minutes" rather than sit silently.
 */
export const MAX_TOTAL_WAIT_SECONDS = 30;

/** Counts the waiting of one check across both services, and tells the page about each wait. */
export class WaitBudget implements IWaitBudget {
  private _remaining: number;

  public constructor(totalSeconds: number = MAX_TOTAL_WAIT_SECONDS, private readonly _onWait?: WaitListener) {
    this._remaining = totalSeconds;
  }

  public get remainingSeconds(): number {
    return this._remaining;
  }

  public take(source: SourceName, seconds: number): boolean {
    if (seconds > this._remaining) return false;
    this._remaining -= seconds;
    if (this._onWait) this._onWait({ source, seconds });
    return true;
  }
}
