// Error reporting is the core's: a damaged fingerprint is bad input like any other.
import { describeValue } from '../profile/describeValue';
import { ProfileDataError } from '../profile/ProfileDataError';
import { COLOUR_GRID, HASH_BITS } from './fingerprintGrid';
import { FingerprintDistance, PhotoFingerprint } from './types';

/**
 * Both distances must be small for two fingerprints to be the same photo: colours catch a
 * different person or background in the same pose; the hash catches a different layout in
 * similar colours. Tuned with the synthetic portraits in comparePhotos.test.ts.
 */
export const PHOTO_MATCH_THRESHOLDS: Readonly<FingerprintDistance> = {
  /**
   * Largest root-mean-square difference of the colour grid, in 0..255 levels. Resized and
   * re-encoded copies measured up to 3.7 (JPEG quality 60 at 48 px); the closest different photo,
   * the same person with the head moved by 5% of the width, 18.
   */
  colour: 10,
  /** Largest number of confidently differing difference-hash bits, out of 64 (copies: up to 2). */
  structure: 6
};

/** Grey differences smaller than this (in 0..255 levels) are flat areas: their bit is noise. */
const FLAT = 3;

export function fingerprintsMatch(a: PhotoFingerprint, b: PhotoFingerprint): boolean {
  const distance = fingerprintDistance(a, b);
  return (
    distance.colour <= PHOTO_MATCH_THRESHOLDS.colour && distance.structure <= PHOTO_MATCH_THRESHOLDS.structure
  );
}

export function fingerprintDistance(a: PhotoFingerprint, b: PhotoFingerprint): FingerprintDistance {
  checkFingerprint(a);
  checkFingerprint(b);
  return { colour: colourDistance(a.colours, b.colours), structure: hashDistance(a.greyGradients, b.greyGradients) };
}

function colourDistance(a: number[], b: number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const difference = a[i] - b[i];
    sum += difference * difference;
  }
  return Math.sqrt(sum / a.length);
}

// Hamming distance of the difference hashes, counting only bits where at least one photo has a
// real edge: on a plain background JPEG noise flips bits at random.
function hashDistance(a: number[], b: number[]): number {
  let differing = 0;
  for (let i = 0; i < a.length; i++) {
    const sure = Math.abs(a[i]) >= FLAT || Math.abs(b[i]) >= FLAT;
    if (sure && a[i] > 0 !== b[i] > 0) differing++;
  }
  return differing;
}

// A fingerprint from a cache may be stale or damaged; comparing it anyway would report a
// difference that is not there.
function checkFingerprint(fingerprint: PhotoFingerprint): void {
  const valid =
    fingerprint !== null &&
    typeof fingerprint === 'object' &&
    Array.isArray(fingerprint.colours) &&
    fingerprint.colours.length === COLOUR_GRID * COLOUR_GRID * 3 &&
    Array.isArray(fingerprint.greyGradients) &&
    fingerprint.greyGradients.length === HASH_BITS;
  if (!valid) {
    throw new ProfileDataError(
      `fingerprint: expected what photoFingerprint returns (${COLOUR_GRID * COLOUR_GRID * 3} colours,` +
        ` ${HASH_BITS} grey gradients), got ${describeValue(fingerprint)}; fingerprint the photo again.`
    );
  }
}
