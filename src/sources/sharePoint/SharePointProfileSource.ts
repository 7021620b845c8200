import { SPFI } from '@pnp/sp';
import '@pnp/sp/profiles';
import { retryAfterSeconds } from '../retryAfter';
import { SourceError, failureKindForStatus, sourceErrorFromThrown } from '../SourceError';
import { sharePointErrorDetails } from '../serviceErrorDetails';
import { BrowserFetch, ISharePointProfileSource, IWaitBudget, ServiceErrorDetails, SharePointPhotoSize, SharePointRefusal } from '../types';
import { WaitBudget } from '../waitBudget';
import { BoundedRetry } from './boundedRetry';
import { sharePointMessage, sharePointRefusal } from './sharePointRefusal';

export { sharePointRefusal };

export class SharePointRefusalError extends SourceError {
  public readonly refusal: SharePointRefusal;
  /** What SharePoint said, in its own words (for "forbidden": the page quotes it). */
  public readonly serviceMessage: string | undefined;

  public constructor(refusal: SharePointRefusal, message: string, status: number, serviceMessage?: string, details?: ServiceErrorDetails) {
    super('sharePoint', failureKindForStatus(status), message, status, undefined, details);
    // Keeps `instanceof` working when compiled to ES5.
    Object.setPrototypeOf(this, SharePointRefusalError.prototype);
    this.name = 'SharePointRefusalError';
    this.refusal = refusal;
    this.serviceMessage = serviceMessage;
  }
}

// PnPjs's HttpRequestError: the message ends with the body SharePoint sent, its own error message
// included; `response` is the fetch Response (absent in some tests).
interface HttpRequestErrorLike {
  isHttpRequestError: true;
  status: number;
  message: string;
  response?: { headers?: { get(name: string): string | null } };
}

function isHttpRequestError(error: unknown): error is HttpRequestErrorLike {
  return typeof error === 'object' && error !== null && (error as HttpRequestErrorLike).isHttpRequestError === true;
}

function retryAfterOf(error: HttpRequestErrorLike): number | undefined {
  const headers = error.response && error.response.headers;
  return retryAfterSeconds(headers && typeof headers.get === 'function' ? headers.get('Retry-After') : undefined);
}

/** SharePoint's error code (from the body PnPjs put after "::>") and its request headers. */
function detailsOf(error: HttpRequestErrorLike): ServiceErrorDetails | undefined {
  const marker = error.message.indexOf('::>');
  return sharePointErrorDetails(marker >= 0 ? error.message.slice(marker + 3).trim() : undefined, error.response && error.response.headers);
}

export function sharePointErrorFromThrown(error: unknown): SourceError {
  if (isHttpRequestError(error)) {
    const message = `SharePoint answered ${error.status}: ${error.message}`;
    const refusal = sharePointRefusal(error.status, error.message);
    return refusal
      ? new SharePointRefusalError(refusal, message, error.status, sharePointMessage(error.message), detailsOf(error))
      : new SourceError('sharePoint', failureKindForStatus(error.status), message, error.status, retryAfterOf(error), detailsOf(error));
  }
  if (error instanceof SyntaxError) {
    return new SourceError('sharePoint', 'bad-data', `SharePoint answered with something that is not JSON: ${error.message}`);
  }
  return sourceErrorFromThrown('sharePoint', error);
}

/**
 * SharePoint through PnPjs. `sp` is configured by whoever builds this (SPFx context in SharePoint,
 * the fake tenant's base URL locally); `siteUrl` is the same site's absolute URL.
 */
export class SharePointProfileSource implements ISharePointProfileSource {
  public constructor(private readonly _sp: SPFI, private readonly _siteUrl: string, private readonly _fetch: BrowserFetch,
    private readonly _sleep: (ms: number) => Promise<void> = (ms) => new Promise<void>((resolve) => setTimeout(resolve, ms))) {}

  public async getMyProperties(waits?: IWaitBudget): Promise<unknown> {
    try {
      return await this._profiles(waits).myProperties();
    } catch (error) {
      throw sharePointErrorFromThrown(error);
    }
  }

  public async setMyProfilePicture(photo: Blob, waits?: IWaitBudget): Promise<void> {
    // PnPjs fetches the request digest; the retry is ours (see _profiles).
    try {
      await this._profiles(waits).setMyProfilePic(photo);
    } catch (error) {
      throw sharePointErrorFromThrown(error);
    }
  }

  /**
   * PnPjs's SPFx/SPBrowser behaviours retry 429, 503 and 504 three times, each time waiting all the
   * Retry-After asks, with no cap: this request sends through BoundedRetry instead, which does the
   * same within the caller's wait budget and reports each wait.
   */
  private _profiles(waits: IWaitBudget = new WaitBudget()): SPFI['profiles'] {
    const profiles = this._sp.profiles;
    // A stand-in for PnPjs (the wiring's tests) may have no behaviours, and so no retry to bound.
    return typeof profiles.using === 'function' ? profiles.using(BoundedRetry({ waits, sleep: this._sleep })) : profiles;
  }

  public photoUrl(accountName: string, size: SharePointPhotoSize, pictureTimestamp: string): string {
    // `t` busts the browser's cache whenever SharePoint's photo changes.
    return `${this._siteUrl.replace(/\/$/, '')}/_layouts/15/userphoto.aspx?size=${size}` +
      `&accountname=${encodeURIComponent(accountName)}&t=${encodeURIComponent(pictureTimestamp)}`;
  }

  public async getMyPhoto(accountName: string, size: SharePointPhotoSize, pictureTimestamp: string): Promise<Blob | undefined> {
    try {
      // Without a timestamp the URL cannot bust the cache: ask the server whether the copy is current.
      const init = pictureTimestamp ? { credentials: 'same-origin' as const } : { credentials: 'same-origin' as const, cache: 'no-cache' as const };
      const response = await this._fetch(this.photoUrl(accountName, size, pictureTimestamp), init);
      return response.ok ? await response.blob() : undefined;
    } catch {
      return undefined;
    }
  }
}
