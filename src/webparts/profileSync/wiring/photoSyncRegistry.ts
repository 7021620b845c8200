import type { IPhotoSync } from '../../../sync';
import { userKeyOf } from './checkCache';
import type { SignedInUser } from './types';

/**
 * One photo sync per signed-in user on the page: two Profile sync web parts on one page show the same
 * sync, so a press in one is seen in the other and the photo is never sent twice.
 */
export class PhotoSyncRegistry {
  private readonly _byUser = new Map<string, IPhotoSync>();

  public forUser(user: SignedInUser, create: () => IPhotoSync): IPhotoSync {
    const key = userKeyOf(user);
    // Nobody to share with when the page does not know who is signed in.
    if (!key) return create();
    let sync = this._byUser.get(key);
    if (!sync) {
      sync = create();
      this._byUser.set(key, sync);
    }
    return sync;
  }
}

/** The page's registry: SPFx loads this bundle once per page, whatever the number of web parts on it. */
export const pagePhotoSyncs = new PhotoSyncRegistry();
