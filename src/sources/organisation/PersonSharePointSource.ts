import { spfi, SPFI } from '@pnp/sp';
import '@pnp/sp/profiles';
import { SourceError } from '../SourceError';
import { BoundedRetry } from '../sharePoint/boundedRetry';
import { SharePointProfileSource, sharePointErrorFromThrown } from '../sharePoint/SharePointProfileSource';
import { BrowserFetch, ISharePointProfileSource, IWaitBudget, SharePointPhotoSize } from '../types';
import { WaitBudget } from '../waitBudget';
import { claimsOf } from './SharePointProfilesReader';

/**
 * Another person's SharePoint profile, for the check the "My profile" view makes: GetPropertiesFor
 * instead of GetMyProperties, their photo through userphoto.aspx?accountname=. Writing is refused:
 * SetMyProfilePicture only ever reaches the signed-in user's own picture.
 */
export class PersonSharePointSource implements ISharePointProfileSource {
  private readonly _photos: SharePointProfileSource;

  public constructor(private readonly _sp: SPFI, siteUrl: string, fetch: BrowserFetch, private readonly _userPrincipalName: string,
    private readonly _sleep: (ms: number) => Promise<void> = (ms) => new Promise<void>((resolve) => setTimeout(resolve, ms))) {
    this._photos = new SharePointProfileSource(_sp, siteUrl, fetch, _sleep);
  }

  public async getMyProperties(waits: IWaitBudget = new WaitBudget()): Promise<unknown> {
    try {
      return await spfi(this._sp).using(BoundedRetry({ waits, sleep: this._sleep })).profiles.getPropertiesFor(claimsOf(this._userPrincipalName));
    } catch (error) {
      throw sharePointErrorFromThrown(error);
    }
  }

  public getMyPhoto(accountName: string, size: SharePointPhotoSize, pictureTimestamp: string): Promise<Blob | undefined> {
    return this._photos.getMyPhoto(accountName, size, pictureTimestamp);
  }

  public photoUrl(accountName: string, size: SharePointPhotoSize, pictureTimestamp: string): string {
    return this._photos.photoUrl(accountName, size, pictureTimestamp);
  }

  public setMyProfilePicture(): Promise<void> {
    return Promise.reject(new SourceError('sharePoint', 'permission', "SharePoint only lets people change their own photo: this is someone else's profile"));
  }
}
