import { ownAccount, SharePointProfile } from '../profile';
// The loader, not the barrel: the fingerprint code stays in its own chunk, shared with the check.
import { matchPhotos } from '../pixels/onDemand';
import type { SharePointPhotoSize } from '../sources';
import { readMyProfileIfPossible } from './myProfile';
import { PhotoSyncSources, UnconfirmedBecause } from './types';

export type Verification =
  | { verified: true; profileAfter: SharePointProfile }
  | { verified: false; unconfirmed: UnconfirmedBecause; profileAfter?: SharePointProfile };

async function photoQuietly(sources: PhotoSyncSources, account: string, size: SharePointPhotoSize, cacheBuster: string): Promise<Blob | undefined> {
  try {
    return await sources.sharePoint.getMyPhoto(account, size, cacheBuster);
  } catch {
    return undefined;
  }
}

/**
 * Reads back what SharePoint did with an accepted picture: its profile must record a new, real
 * photo (SPS-PictureTimestamp changed, SPS-PicturePlaceholderState "0") whose pixels are the ones
 * sent. Asking for the Large photo also starts SharePoint's own photo sync (DOMAIN.md), so the
 * renditions other pages use catch up.
 */
export async function verifyUpload(
  sources: PhotoSyncSources,
  before: SharePointProfile,
  uploaded: Blob,
  now: () => number
): Promise<Verification> {
  const after = await readMyProfileIfPossible(sources.sharePoint);
  const timestampChanged = !!after && after.pictureTimestamp !== '' && after.pictureTimestamp !== before.pictureTimestamp;
  // `t` makes the browser fetch afresh; an unchanged timestamp would get the old cached photo.
  const cacheBuster = after && timestampChanged ? after.pictureTimestamp : String(now());
  const account = ownAccount(after || before);
  // Only for its side effect: its answer says nothing the Medium photo does not.
  await photoQuietly(sources, account, 'L', cacheBuster);

  if (!after) return { verified: false, unconfirmed: 'profile-unreadable' };
  if (!timestampChanged) return { verified: false, unconfirmed: 'timestamp-unchanged', profileAfter: after };
  if (after.placeholderState !== '0') return { verified: false, unconfirmed: 'still-placeholder', profileAfter: after };

  const shown = await photoQuietly(sources, account, 'M', cacheBuster);
  const match = await matchPhotos(sources.decoder, shown, uploaded);
  if (match === 'same') return { verified: true, profileAfter: after };
  return { verified: false, unconfirmed: match === 'different' ? 'photo-differs' : 'photo-unreadable', profileAfter: after };
}
