import { SourceError } from '../SourceError';
import { FetchResponse, GraphFetch, GraphProfile, IGraphProfileSource, ThrottlePolicy } from '../types';
import { defaultThrottlePolicy, graphFailure, withThrottleRetry } from './graphFetch';
import { answerFor, batchFailure, readBatchAnswers } from './graphBatch';
// Binary bodies come back base64-encoded inside a batch.
import { blobFromBase64 } from '../base64';

// The same for every field we compare; `id` and `userPrincipalName` identify the user.
const ALWAYS_SELECTED = ['id', 'userPrincipalName'];

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

export class GraphProfileSource implements IGraphProfileSource {
  private readonly _send: GraphFetch;

  public constructor(send: GraphFetch, throttlePolicy: ThrottlePolicy = defaultThrottlePolicy) {
    this._send = withThrottleRetry(send, throttlePolicy);
  }

  public async getMe(fields: readonly string[]): Promise<unknown> {
    const path = `/v1.0${mePath(fields)}`;
    const response = await this._send(path);
    if (!response.ok) throw graphFailure(path, response);
    return readJson(path, response);
  }

  public async getMyPhotoMetadata(): Promise<unknown | null> {
    const path = '/v1.0/me/photo';
    const response = await this._send(path);
    // 404 is how Graph says "no photo" (ErrorEntityNotFound / ImageNotFound / ErrorItemNotFound).
    if (response.status === 404) return null;
    if (!response.ok) throw graphFailure(path, response);
    return readJson(path, response);
  }

  public async getMyPhoto(size?: number): Promise<Blob | undefined> {
    const path = size ? `/v1.0/me/photos/${size}x${size}/$value` : '/v1.0/me/photo/$value';
    const response = await this._send(path);
    if (response.status === 404) {
      // A size larger than the original is not available: fall back to the original.
      return size ? this.getMyPhoto() : undefined;
    }
    if (!response.ok) throw graphFailure(path, response);
    return response.blob();
  }

  public async getProfile(fields: readonly string[], photoSize?: number): Promise<GraphProfile> {
    const requests = [
      { id: 'me', method: 'GET', url: mePath(fields) },
      { id: 'photo', method: 'GET', url: '/me/photo' }
    ];
    if (photoSize) requests.push({ id: 'bytes', method: 'GET', url: `/me/photos/${photoSize}x${photoSize}/$value` });
    const path = '/v1.0/$batch';
    const response = await this._send(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ requests }) });
    if (!response.ok) throw graphFailure(path, response);
    const answers = readBatchAnswers(await readJson(path, response));

    const me = answerFor(answers, 'me');
    if (me.status !== 200) throw batchFailure(me, requests[0].url);
    const photo = answerFor(answers, 'photo');
    // 404 is how Graph says "no photo".
    if (photo.status !== 200 && photo.status !== 404) throw batchFailure(photo, requests[1].url);
    const result: GraphProfile = { me: me.body, photoMetadata: photo.status === 404 ? null : photo.body };
    if (photoSize && result.photoMetadata !== null) {
      const bytes = answerFor(answers, 'bytes');
      if (bytes.status === 200 && typeof bytes.body === 'string') {
        const type = (bytes.headers && (bytes.headers['Content-Type'] || bytes.headers['content-type'])) || 'image/jpeg';
        result.photo = blobFromBase64(bytes.body, type);
      } else if (bytes.status === 404) {
        // Smaller original than the size asked for: one more request for the original.
        result.photo = await this.getMyPhoto();
      }
    }
    return result;
  }
}
