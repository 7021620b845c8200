import { spfi, SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import '@pnp/sp/profiles';
import { settle } from '../settle';
import { SourceError } from '../SourceError';
import { BoundedRetry, PlainFetch } from '../sharePoint/boundedRetry';
import { sharePointErrorFromThrown } from '../sharePoint/SharePointProfileSource';
import { WaitBudget } from '../waitBudget';
import { PacingAborted } from './pacing';
import { isNoProfileBody, isNoProfileError } from './noSharePointProfile';
import { IPacer, ISharePointProfilesReader, ProfileRequest, SharePointProfileAnswer } from './types';

/** The most GetPropertiesFor requests in one SharePoint `$batch` (OData's batch limit is 100 operations). */
export const PROFILE_BATCH_SIZE = 100;
// A batch SharePoint keeps refusing with 429/503 is given up after this many tries: the scan reports it.
// A scan waits out a busy service rather than giving up after a few tries (each wait is its Retry-After).
const MAX_BUSY_ATTEMPTS = 20;
const BUSY = [429, 503];
const NO_WAITING = new WaitBudget(0);

/** The claims name SharePoint keys profiles by; a quote doubled, as an OData string literal needs. */
export function claimsOf(userPrincipalName: string): string {
  return `i:0#.f|membership|${userPrincipalName}`.replace(/'/g, "''");
}

function answerOf(read: { ok: true; value: unknown } | { ok: false; error: unknown }): SharePointProfileAnswer {
  if (read.ok) return isNoProfileBody(read.value) ? { ok: true, noProfile: true } : { ok: true, body: read.value };
  const error = sharePointErrorFromThrown(read.error);
  return isNoProfileError(error.message) ? { ok: true, noProfile: true } : { ok: false, error };
}

/**
 * SharePoint profiles of many people: PeopleManager/GetPropertiesFor, up to 100 in one `$batch`
 * with PnPjs's batching (the digest comes from /_api/contextinfo, as PnPjs does by itself). Each
 * batch is sent once, through the scan's pacing: PnPjs's own retry (which waits any Retry-After with
 * no cap) is replaced by one attempt, and a 429 of the whole batch holds back the scan's later
 * SharePoint requests before the batch goes again. A part that failed is that person's failure.
 */
export class SharePointProfilesReader implements ISharePointProfilesReader {
  public constructor(private readonly _sp: SPFI, private readonly _pacer: IPacer, private readonly _fetch?: PlainFetch) {}

  public async read(people: readonly ProfileRequest[], signal?: AbortSignal): Promise<Map<string, SharePointProfileAnswer>> {
    const chunk = people.slice(0, PROFILE_BATCH_SIZE);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this._pacer.run(chunk.length, () => this._batch(chunk), signal);
      } catch (error) {
        if (error instanceof PacingAborted) throw error;
        const failure = error instanceof SourceError ? error : sharePointErrorFromThrown(error);
        if (failure.status === undefined || BUSY.indexOf(failure.status) < 0 || attempt >= MAX_BUSY_ATTEMPTS) throw failure;
        this._pacer.throttled(failure.retryAfterSeconds);
      }
    }
  }

  private async _batch(chunk: readonly ProfileRequest[]): Promise<Map<string, SharePointProfileAnswer>> {
    // Whether SharePoint answered the $batch itself with a success: a failure after that is PnPjs
    // unable to read the answer (bad-data), not a network that never answered (offline).
    let batchAnswered = false;
    const send: PlainFetch = this._fetch || ((url, init) => fetch(url, init));
    const watched: PlainFetch = async (url, init) => {
      const response = await send(url, init);
      if (response.ok && /\/_api\/\$batch$/i.test(url.split('?')[0])) batchAnswered = true;
      return response;
    };
    const once = spfi(this._sp).using(BoundedRetry({ waits: NO_WAITING, sleep: () => Promise.resolve(), attempts: 1, fetch: watched }));
    const [batched, execute] = once.batched({ maxRequests: PROFILE_BATCH_SIZE });
    const reads = chunk.map((person) => settle(() => batched.profiles.getPropertiesFor(claimsOf(person.userPrincipalName))));
    // A failure of the whole batch (429, 503, no digest) rejects here; the parts then never settle.
    try {
      await execute();
    } catch (error) {
      if (!batchAnswered) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new SourceError('sharePoint', 'bad-data', `SharePoint answered $batch with something PnPjs cannot read: ${reason}`);
    }
    const settled = await Promise.all(reads);
    const answers = new Map<string, SharePointProfileAnswer>();
    chunk.forEach((person, i) => answers.set(person.id, answerOf(settled[i])));
    return answers;
  }
}
