import { SPFI } from '@pnp/sp';
import '@pnp/sp/profiles';
import { SourceError, failureKindForStatus, sourceErrorFromThrown } from '../SourceError';

export type SharePointPhotoSize = 'S' | 'M' | 'L';

/** What the check needs from SharePoint, as raw answers: parsing happens in the core. */
export interface ISharePointProfileSource {
  /** GetMyProperties, as the service answered it. */
  getMyProperties(): Promise<unknown>;
  /**
   * The user's own SharePoint photo rendition, or undefined when its bytes cannot be read
   * (userphoto.aspx may redirect to the My Site host, and a cross-origin answer is unreadable).
   */
  getMyPhoto(accountName: string, size: SharePointPhotoSize, pictureTimestamp: string): Promise<Blob | undefined>;
  /** Where SharePoint serves that photo, for an <img> when the bytes could not be read. */
  photoUrl(accountName: string, size: SharePointPhotoSize, pictureTimestamp: string): string;
}

interface HttpRequestErrorLike { isHttpRequestError: true; status: number; message: string }

function isHttpRequestError(error: unknown): error is HttpRequestErrorLike {
  return typeof error === 'object' && error !== null && (error as HttpRequestErrorLike).isHttpRequestError === true;
}

export function sharePointErrorFromThrown(error: unknown): SourceError {
  if (isHttpRequestError(error)) {
    return new SourceError('sharePoint', failureKindForStatus(error.status),
      `SharePoint answered ${error.status}: ${error.message}`, error.status);
  }
  if (error instanceof SyntaxError) {
    return new SourceError('sharePoint', 'bad-data', `SharePoint answered with something that is not JSON: ${error.message}`);
  }
  return sourceErrorFromThrown('sharePoint', error);
}

export type BrowserFetch = (url: string, init?: { credentials?: 'same-origin' | 'include' }) => Promise<{ ok: boolean; blob(): Promise<Blob> }>;

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

  public photoUrl(accountName: string, size: SharePointPhotoSize, pictureTimestamp: string): string {
    // `t` busts the browser's cache whenever SharePoint's photo changes.
    return `${this._siteUrl.replace(/\/$/, '')}/_layouts/15/userphoto.aspx?size=${size}` +
      `&accountname=${encodeURIComponent(accountName)}&t=${encodeURIComponent(pictureTimestamp)}`;
  }

  public async getMyPhoto(accountName: string, size: SharePointPhotoSize, pictureTimestamp: string): Promise<Blob | undefined> {
    try {
      const response = await this._fetch(this.photoUrl(accountName, size, pictureTimestamp), { credentials: 'same-origin' });
      return response.ok ? await response.blob() : undefined;
    } catch {
      return undefined;
    }
  }
}
