import { fingerprintsMatch } from './fingerprintsMatch';
import { photoFingerprint } from './photoFingerprint';
import { RgbaImage } from './types';

/**
 * Whether two decoded photos show the same picture, whatever their sizes or JPEG quality, e.g. the
 * Microsoft 365 photo and SharePoint's thumbnail of it. Callers comparing often can keep the
 * fingerprints and use fingerprintsMatch.
 */
export function comparePhotos(a: RgbaImage, b: RgbaImage): 'same' | 'different' {
  return fingerprintsMatch(photoFingerprint(a), photoFingerprint(b)) ? 'same' : 'different';
}
