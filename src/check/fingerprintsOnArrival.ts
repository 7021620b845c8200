import type { IPhotoDecoder, PhotoFingerprint } from '../pixels';
// The loader, not the fingerprint code itself: that loads on demand (chunk 'profile-sync-pixels').
import { fingerprintPhotos } from '../pixels/onDemand';

/** A photo's fingerprint, or none when its bytes are not an image this browser can read. */
export type FingerprintOf = (photo: Blob) => Promise<PhotoFingerprint | undefined>;

/**
 * Fingerprints each photo on its own, once, as soon as the check has it: the Graph photo comes in the
 * first round trip and SharePoint's after its redirect, so the first is done by the time the second
 * lands. A failure to decode, or to load the code, leaves the photo without a fingerprint ("could not
 * compare"). Each photo's decoding and fingerprint is its own User Timing measure (the bench sums them).
 */
export function fingerprintsOnArrival(decoder: IPhotoDecoder): FingerprintOf {
  const started = new Map<Blob, Promise<PhotoFingerprint | undefined>>();
  return (photo) => {
    let fingerprint = started.get(photo);
    if (!fingerprint) {
      fingerprint = fingerprintPhotos(decoder, [photo]).then((fingerprints) => fingerprints[0], () => undefined);
      started.set(photo, fingerprint);
    }
    return fingerprint;
  };
}
