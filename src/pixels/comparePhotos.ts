import { photoFingerprint } from './photoFingerprint';
import { photoMatchOf } from './photoMatchOf';
import { RgbaImage } from './types';

/**
 * Whether two decoded photos show the same picture, whatever their sizes or JPEG quality, e.g. the
 * Microsoft 365 photo and SharePoint's thumbnail of it. Callers comparing often can keep the
 * fingerprints and use photoMatchOf.
 */
export function comparePhotos(a: RgbaImage, b: RgbaImage): 'same' | 'different' {
  return photoMatchOf(photoFingerprint(a), photoFingerprint(b));
}
