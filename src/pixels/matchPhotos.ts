import { fingerprintPhotos } from './fingerprintPhotos';
import { photoMatchOf } from './photoMatchOf';
import { IPhotoDecoder, PhotoMatch } from './types';

/**
 * Compares two photos' pixels, the same way the check does (decode together, fingerprint, match).
 * Anything that stops a comparison (bytes missing, not an image, a tainted canvas) makes the outcome
 * `unknown`: the page then shows both photos for the user to judge.
 */
export async function matchPhotos(decoder: IPhotoDecoder, a: Blob | undefined, b: Blob | undefined): Promise<PhotoMatch> {
  if (!a || !b) return 'unknown';
  const [fingerprintA, fingerprintB] = await fingerprintPhotos(decoder, [a, b]);
  return photoMatchOf(fingerprintA, fingerprintB);
}
