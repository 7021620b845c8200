import { PHOTO_COMPARE_MEASURE } from './photoCompareMeasure';
import { photoFingerprint } from './photoFingerprint';
import { IPhotoDecoder, PhotoFingerprint } from './types';

/**
 * Decodes photos (all at once: the browser decodes off the main thread) and takes their fingerprints.
 * Callers use the on-demand loader of the same name (onDemand.ts). A photo whose bytes are not an image this
 * browser can read gets no fingerprint: the comparison is then unknown.
 */
export async function fingerprintPhotos(decoder: IPhotoDecoder, photos: ReadonlyArray<Blob | undefined>): Promise<Array<PhotoFingerprint | undefined>> {
  const started = now();
  const pixels = await Promise.all(photos.map((photo) => (photo ? decoder.decode(photo).catch(() => undefined) : undefined)));
  const fingerprints = pixels.map((image) => (image ? photoFingerprint(image) : undefined));
  measure(started);
  return fingerprints;
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/** Records the time to decode and fingerprint the photos with the User Timing API, for the benchmark. */
function measure(start: number): void {
  try {
    performance.measure(PHOTO_COMPARE_MEASURE, { start, end: performance.now() });
  } catch {
    // Older browsers (and jsdom) lack User Timing level 3: the measure is only for the benchmark.
  }
}
