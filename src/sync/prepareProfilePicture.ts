import type { IPhotoDecoder } from '../pixels';
import { checkProfilePicture } from './checkProfilePicture';
import { IPhotoShrinker } from './IPhotoShrinker';
import { PhotoRefusal, PhotoSyncStepListener } from './types';

export type PreparedPicture =
  | { ok: true; picture: Blob; shrunk: boolean }
  | { ok: false; refusal: PhotoRefusal };

export interface PrepareOptions {
  decoder: IPhotoDecoder;
  shrinker: IPhotoShrinker;
  maxBytes: number;
  onStep: PhotoSyncStepListener;
}

/**
 * Turns the Microsoft 365 photo into the picture to send, or says why none may be sent. A photo
 * over the limit is shrunk, and the result checked again as if it were new: nothing unchecked is
 * ever sent.
 */
export async function prepareProfilePicture(photo: Blob, options: PrepareOptions): Promise<PreparedPicture> {
  options.onStep('checking');
  const check = await checkProfilePicture(photo, options.decoder, options.maxBytes);
  if (!check.ok) return check;
  if (check.fitsSharePoint) return { ok: true, picture: photo, shrunk: false };

  options.onStep('shrinking');
  let shrunk: Blob;
  try {
    shrunk = await options.shrinker.shrinkToFit(photo, options.maxBytes);
  } catch {
    return { ok: false, refusal: 'too-large' };
  }
  const recheck = await checkProfilePicture(shrunk, options.decoder, options.maxBytes);
  // Whatever went wrong, the upshot is the same: no small enough picture of the photo exists.
  return recheck.ok && recheck.format === 'jpeg' && recheck.fitsSharePoint
    ? { ok: true, picture: shrunk, shrunk: true }
    : { ok: false, refusal: 'too-large' };
}
