import { graphFailure } from '../graph/graphFetch';
import { BatchAnswer, batchFailure, batchRetryAfter, readBatchAnswers } from '../graph/graphBatch';
import { SourceError } from '../SourceError';
import { GraphFetch } from '../types';
import { graphJson, pacedGraphRequest } from './pacedGraphRequest';
import { IPacer, IPhotoPresenceReader, PhotoPresenceAnswer } from './types';

/** Graph's most requests in one $batch (https://learn.microsoft.com/graph/json-batching). */
export const PHOTO_BATCH_SIZE = 20;
// Items Graph throttled inside a batch go again in a batch of their own, this many times at most: a
// scan is long work, so it waits out a busy Graph (the pacer slows everything else meanwhile) rather
// than leaving people unread after a few tries.
const MAX_ROUNDS = 20;
// A throttled item without its own Retry-After.
const DEFAULT_ITEM_WAIT_SECONDS = 1;

interface PhotoRequest { id: string; method: 'GET'; url: string }

function isErrorBody(body: unknown): boolean {
  return typeof body === 'object' && body !== null && typeof (body as { error?: unknown }).error === 'object';
}

/** A 404's body decides "no photo" or "could not tell" (the core reads it); anything but 200/404 is a failure. */
function answerOf(item: BatchAnswer, url: string): PhotoPresenceAnswer {
  if (item.status === 200) return { ok: true, body: item.body };
  if (item.status === 404) return { ok: true, body: isErrorBody(item.body) ? item.body : null };
  return { ok: false, error: batchFailure(item, url) };
}

/**
 * Whether each user has a Microsoft 365 photo: /users/{id}/photo (metadata only), 20 to a $batch.
 * Graph throttles each item on its own: a 200 batch can hold 429 items with their own Retry-After,
 * which hold back the scan's Graph requests for the longest of them and then go again.
 */
export class GraphPhotoPresenceReader implements IPhotoPresenceReader {
  public constructor(private readonly _send: GraphFetch, private readonly _pacer: IPacer) {}

  public async read(userIds: readonly string[], signal?: AbortSignal): Promise<Map<string, PhotoPresenceAnswer>> {
    const answers = new Map<string, PhotoPresenceAnswer>();
    await this._round(userIds.slice(0, PHOTO_BATCH_SIZE), 1, answers, signal);
    return answers;
  }

  /** One $batch of these users; the ones Graph throttled go again in the next round. */
  private async _round(userIds: string[], round: number, answers: Map<string, PhotoPresenceAnswer>, signal?: AbortSignal): Promise<void> {
    const requests: PhotoRequest[] = userIds.map((id, i) => ({ id: String(i + 1), method: 'GET', url: `/users/${encodeURIComponent(id)}/photo` }));
    const items = await this._batch(requests, signal);
    const throttled: string[] = [];
    let wait = 0;
    requests.forEach((request, i) => {
      const item = items.filter((answer) => answer && String(answer.id) === request.id)[0];
      if (!item) {
        answers.set(userIds[i], { ok: false, error: new SourceError('graph', 'bad-data', `Microsoft Graph's $batch answer lacks request ${request.id}`) });
      } else if (item.status === 429 && round < MAX_ROUNDS) {
        throttled.push(userIds[i]);
        const seconds = batchRetryAfter(item);
        wait = Math.max(wait, seconds !== undefined ? seconds : DEFAULT_ITEM_WAIT_SECONDS);
      } else {
        answers.set(userIds[i], answerOf(item, request.url));
      }
    });
    if (throttled.length === 0) return;
    this._pacer.throttled(wait);
    await this._round(throttled, round + 1, answers, signal);
  }

  private async _batch(requests: PhotoRequest[], signal?: AbortSignal): Promise<BatchAnswer[]> {
    const path = '/v1.0/$batch';
    const init = { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ requests }) };
    const response = await pacedGraphRequest(this._pacer, this._send, path, init, requests.length, signal);
    if (!response.ok) throw await graphFailure(path, response);
    return readBatchAnswers(await graphJson(path, response));
  }
}
