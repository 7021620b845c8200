import { photoFingerprint, PhotoFingerprint } from '../profile/photoFingerprint';
import { IPhotoDecoder } from '../sources/photos/IPhotoDecoder';

/**
 * Decodes a photo and takes its fingerprint (loaded on demand: not needed to show a cached verdict).
 * Undefined when the bytes are not an image this browser can read: the comparison is then unknown.
 */
export async function fingerprintPhoto(decoder: IPhotoDecoder, photo: Blob): Promise<PhotoFingerprint | undefined> {
  const started = now();
  try {
    return photoFingerprint(await decoder.decode(photo));
  } catch {
    return undefined;
  } finally {
    measure(started);
  }
}

export const PHOTO_FINGERPRINT_MEASURE = 'profile-sync:photo-fingerprint';

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/** Records the decode + fingerprint time with the User Timing API, for the benchmark. */
function measure(start: number): void {
  try {
    performance.measure(PHOTO_FINGERPRINT_MEASURE, { start, end: now() });
  } catch {
    // Older browsers (and jsdom) lack User Timing level 3: the measure is only for the benchmark.
  }
}
