import { SourceError } from '../SourceError';
import { FetchResponse, GraphFetch, graphFailure, withThrottleRetry, ThrottlePolicy, defaultThrottlePolicy } from './graphFetch';

/** What the check needs from Microsoft Graph, as raw answers: parsing happens in the core. */
export interface IGraphProfileSource {
  /** GET /me with $select for the given fields. */
  getMe(fields: readonly string[]): Promise<unknown>;
  /** GET /me/photo (metadata), or null when Graph says the user has no photo (404). */
  getMyPhotoMetadata(): Promise<unknown | null>;
  /** The photo bytes at a square size (e.g. 96), or the largest when no size; undefined when there is none. */
  getMyPhoto(size?: number): Promise<Blob | undefined>;
}

// The same for every field we compare; `id` and `userPrincipalName` identify the user.
const ALWAYS_SELECTED = ['id', 'userPrincipalName'];

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
    const selected = ALWAYS_SELECTED.concat(fields.filter((f) => ALWAYS_SELECTED.indexOf(f) < 0));
    const path = `/v1.0/me?$select=${selected.join(',')}`;
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
}
