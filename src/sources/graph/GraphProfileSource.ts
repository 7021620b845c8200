import { SourceError } from '../SourceError';
import { FetchResponse, GraphFetch, GraphProfile, IGraphProfileSource, IWaitBudget, ThrottlePolicy } from '../types';
import { WaitBudget } from '../waitBudget';
import { defaultThrottlePolicy, graphFailure, ThrottledGraphFetch, withThrottleRetry } from './graphFetch';
import { answerFor, BatchAnswer, batchFailure, batchHeader, batchRetryAfter, readBatchAnswers } from './graphBatch';
// Binary bodies come back base64-encoded inside a batch.
import { blobFromBase64 } from '../base64';

// The same for every field we compare; `id` and `userPrincipalName` identify the user.
const ALWAYS_SELECTED = ['id', 'userPrincipalName'];

// Graph gives a throttled batch item no Retry-After at times: wait this long before sending it alone.
const DEFAULT_ITEM_WAIT_SECONDS = 1;

interface BatchRequest { id: string; method: string; url: string }

function mePath(fields: readonly string[]): string {
  const selected = ALWAYS_SELECTED.concat(fields.filter((f) => ALWAYS_SELECTED.indexOf(f) < 0));
  return `/me?$select=${selected.join(',')}`;
}

async function readJson(path: string, response: FetchResponse): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    throw new SourceError('graph', 'bad-data', `Microsoft Graph answered ${path} with something that is not JSON`, response.status);
  }
}

/** A 404 of /me/photo: Graph's error body, for the core to read, or null when there is none to read. */
async function photoNotFoundBody(response: FetchResponse): Promise<unknown | null> {
  try {
    const body = await response.json();
    return isErrorBody(body) ? body : null;
  } catch {
    return null;
  }
}

function isErrorBody(body: unknown): boolean {
  return typeof body === 'object' && body !== null && typeof (body as { error?: unknown }).error === 'object';
}

export class GraphProfileSource implements IGraphProfileSource {
  private readonly _send: ThrottledGraphFetch;

  public constructor(send: GraphFetch, private readonly _policy: ThrottlePolicy = defaultThrottlePolicy) {
    this._send = withThrottleRetry(send, _policy);
  }

  public async getMe(fields: readonly string[], waits?: IWaitBudget): Promise<unknown> {
    const path = `/v1.0${mePath(fields)}`;
    const response = await this._send(path, undefined, waits);
    if (!response.ok) throw await graphFailure(path, response);
    return readJson(path, response);
  }

  public async getMyPhotoMetadata(waits?: IWaitBudget): Promise<unknown | null> {
    const path = '/v1.0/me/photo';
    const response = await this._send(path, undefined, waits);
    // Not every 404 means "no photo" (a mailbox on premises answers 404 too): the body says which.
    if (response.status === 404) return photoNotFoundBody(response);
    if (!response.ok) throw await graphFailure(path, response);
    return readJson(path, response);
  }

  public async getMyPhoto(size?: number, waits?: IWaitBudget): Promise<Blob | undefined> {
    const path = size ? `/v1.0/me/photos/${size}x${size}/$value` : '/v1.0/me/photo/$value';
    const response = await this._send(path, undefined, waits);
    if (response.status === 404) {
      // A size larger than the original is not available: fall back to the original.
      return size ? this.getMyPhoto(undefined, waits) : undefined;
    }
    if (!response.ok) throw await graphFailure(path, response);
    return response.blob();
  }

  public async getProfile(fields: readonly string[], photoSize?: number, waits: IWaitBudget = new WaitBudget()): Promise<GraphProfile> {
    const requests: BatchRequest[] = [
      { id: 'me', method: 'GET', url: mePath(fields) },
      { id: 'photo', method: 'GET', url: '/me/photo' }
    ];
    if (photoSize) requests.push({ id: 'bytes', method: 'GET', url: `/me/photos/${photoSize}x${photoSize}/$value` });
    const path = '/v1.0/$batch';
    const response = await this._send(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ requests }) }, waits);
    if (!response.ok) throw await graphFailure(path, response);
    const answers = await this._retryThrottledItems(readBatchAnswers(await readJson(path, response)), requests, waits);

    const me = answerFor(answers, 'me');
    if (me.status !== 200) throw batchFailure(me, requests[0].url);
    const photo = answerFor(answers, 'photo');
    if (photo.status !== 200 && photo.status !== 404) throw batchFailure(photo, requests[1].url);
    // A 404's body tells "no photo" from "could not tell" (the core reads it); without one it is "no photo".
    const photoMetadata = photo.status === 200 ? photo.body : isErrorBody(photo.body) ? photo.body : null;
    const result: GraphProfile = { me: me.body, photoMetadata };
    if (photoSize && photo.status === 200) {
      const bytes = answerFor(answers, 'bytes');
      if (bytes.status === 200 && bytes.body instanceof Blob) {
        result.photo = bytes.body;
      } else if (bytes.status === 200 && typeof bytes.body === 'string') {
        result.photo = blobFromBase64(bytes.body, batchHeader(bytes, 'Content-Type') || 'image/jpeg');
      } else if (bytes.status === 404) {
        // Smaller original than the size asked for: one more request for the original.
        result.photo = await this.getMyPhoto(undefined, waits);
      }
    }
    return result;
  }

  /**
   * Graph throttles each request inside a batch on its own: a 200 batch answer can hold 429 items,
   * each with its own Retry-After (https://learn.microsoft.com/graph/json-batching). Those are sent
   * again alone, once, after the longest of their waits; a wait over the limits leaves them as they
   * are, and the caller reports them as throttled with Graph's figure.
   */
  private async _retryThrottledItems(answers: BatchAnswer[], requests: readonly BatchRequest[], waits: IWaitBudget): Promise<BatchAnswer[]> {
    const throttled = requests.filter((request) => answers.some((a) => a && a.id === request.id && a.status === 429));
    if (throttled.length === 0) return answers;
    const wait = Math.max(...throttled.map((request) => {
      const seconds = batchRetryAfter(answerFor(answers, request.id));
      return seconds !== undefined ? seconds : DEFAULT_ITEM_WAIT_SECONDS;
    }));
    if (wait > this._policy.maxWaitSeconds || !waits.take('graph', wait)) return answers;
    await this._policy.sleep(wait * 1000);
    const again = await Promise.all(throttled.map((request) => this._sendAlone(request, waits)));
    return answers.map((answer) => again.filter((a) => a.id === answer.id)[0] || answer);
  }

  /** One batch item as a plain request, answered in the shape of a batch item (bytes as a Blob). */
  private async _sendAlone(request: BatchRequest, waits: IWaitBudget): Promise<BatchAnswer> {
    const path = `/v1.0${request.url}`;
    const response = await this._send(path, undefined, waits);
    const headers: Record<string, string> = {};
    // Retry-After for the wait; the others for the helpdesk, should this one fail too.
    ['Retry-After', 'request-id', 'client-request-id', 'Date'].forEach((name) => {
      const value = response.headers.get(name);
      if (value !== null) headers[name] = value;
    });
    if (request.id === 'bytes') {
      return { id: request.id, status: response.status, headers, body: response.ok ? await response.blob() : undefined };
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      if (response.ok) throw new SourceError('graph', 'bad-data', `Microsoft Graph answered ${path} with something that is not JSON`, response.status);
    }
    return { id: request.id, status: response.status, headers, body };
  }
}
