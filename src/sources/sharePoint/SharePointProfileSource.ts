import { SPFI } from '@pnp/sp';
import '@pnp/sp/profiles';
import { retryAfterSeconds } from '../retryAfter';
import { SourceError, failureKindForStatus, sourceErrorFromThrown } from '../SourceError';
import { BrowserFetch, ISharePointProfileSource, SharePointPhotoSize, SharePointRefusal } from '../types';

export class SharePointRefusalError extends SourceError {
  public readonly refusal: SharePointRefusal;

  public constructor(refusal: SharePointRefusal, message: string, status: number) {
    super('sharePoint', failureKindForStatus(status), message, status);
    // Keeps `instanceof` working when compiled to ES5.
    Object.setPrototypeOf(this, SharePointRefusalError.prototype);
    this.name = 'SharePointRefusalError';
    this.refusal = refusal;
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

// SharePoint's error codes do not depend on the user's language; its messages may, so each is
// matched by code or by the English wording. -2130575251 is "The security validation for this page
// is invalid", -2130575252 its "has timed out" sibling; -2147024809 is System.ArgumentException
// ("Parameter is not valid."). IIS answers a body over its request limit with 413 before SharePoint
// sees it.
const SECURITY_VALIDATION = /-213057525[12]\b|security validation/i;
const PARAMETER_NOT_VALID = /-2147024809\b|parameter is not valid/i;
const TOO_LARGE = /too large|exceeds? the (maximum|limit)|maxAllowedContentLength|maxRequestLength/i;

/** The refusal a SharePoint answer (status and text) stands for, if it is one we know. */
export function sharePointRefusal(status: number, text: string): SharePointRefusal | undefined {
  if (status === 403) return SECURITY_VALIDATION.test(text) ? 'security-validation' : 'access-denied';
  if (status === 413 || (status === 400 && TOO_LARGE.test(text))) return 'picture-too-large';
  if (status === 400 && PARAMETER_NOT_VALID.test(text)) return 'parameter-not-valid';
  return undefined;
}

function retryAfterOf(error: HttpRequestErrorLike): number | undefined {
  const headers = error.response && error.response.headers;
  return retryAfterSeconds(headers && typeof headers.get === 'function' ? headers.get('Retry-After') : undefined);
}

export function sharePointErrorFromThrown(error: unknown): SourceError {
  if (isHttpRequestError(error)) {
    const message = `SharePoint answered ${error.status}: ${error.message}`;
    const refusal = sharePointRefusal(error.status, error.message);
    return refusal
      ? new SharePointRefusalError(refusal, message, error.status)
      : new SourceError('sharePoint', failureKindForStatus(error.status), message, error.status, retryAfterOf(error));
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
  public constructor(private readonly _sp: SPFI, private readonly _siteUrl: string, private readonly _fetch: BrowserFetch) {}

  public async getMyProperties(): Promise<unknown> {
    try {
      return await this._sp.profiles.myProperties();
    } catch (error) {
      throw sharePointErrorFromThrown(error);
    }
  }

  public async setMyProfilePicture(photo: Blob): Promise<void> {
    // PnPjs's SPFx/SPBrowser behaviours already retry 429, 503 and 504 (3 times, honouring
    // Retry-After) and fetch the request digest: no second retry loop here.
    try {
      await this._sp.profiles.setMyProfilePic(photo);
    } catch (error) {
      throw sharePointErrorFromThrown(error);
    }
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
