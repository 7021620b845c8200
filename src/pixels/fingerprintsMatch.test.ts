import { PHOTO_MATCH_THRESHOLDS, fingerprintDistance, fingerprintsMatch } from './fingerprintsMatch';
import { PhotoFingerprint } from './types';
import { ProfileDataError } from '../profile/ProfileDataError';

// Fingerprints built directly, to pin down the rule; comparePhotos.test.ts covers real pictures.
function aFingerprint(colour = 128, gradients: number[] = new Array(64).fill(20)): PhotoFingerprint {
  return { colours: new Array(768).fill(colour), greyGradients: gradients };
}

function flipped(count: number, magnitude = 20): number[] {
  return new Array(64).fill(magnitude).map((value: number, i: number) => (i < count ? -value : value));
}

describe('fingerprintsMatch', () => {
  it('matches a fingerprint with itself, also after a JSON round trip through a cache', () => {
    const fingerprint = aFingerprint();

    expect(fingerprintsMatch(fingerprint, JSON.parse(JSON.stringify(fingerprint)))).toBe(true);
  });

  it('matches while the colour difference stays within the threshold', () => {
    expect(fingerprintsMatch(aFingerprint(128), aFingerprint(128 + PHOTO_MATCH_THRESHOLDS.colour))).toBe(true);
  });

  it('does not match colours further apart than the threshold, whatever the hash says', () => {
    expect(fingerprintsMatch(aFingerprint(128), aFingerprint(129 + PHOTO_MATCH_THRESHOLDS.colour))).toBe(false);
  });

  it('does not match a different layout in the same colours', () => {
    const b = aFingerprint(128, flipped(PHOTO_MATCH_THRESHOLDS.structure + 1));

    expect(fingerprintDistance(aFingerprint(), b).structure).toBe(PHOTO_MATCH_THRESHOLDS.structure + 1);
    expect(fingerprintsMatch(aFingerprint(), b)).toBe(false);
  });

  it('ignores hash bits of flat areas, where JPEG noise flips them at random', () => {
    const flatA = aFingerprint(128, new Array(64).fill(1));
    const flatB = aFingerprint(128, new Array(64).fill(-2));

    expect(fingerprintDistance(flatA, flatB).structure).toBe(0);
    expect(fingerprintsMatch(flatA, flatB)).toBe(true);
  });

  it('refuses a damaged or outdated cached fingerprint instead of calling the photos different', () => {
    const damaged = { colours: [1, 2, 3], greyGradients: [] } as PhotoFingerprint;

    expect(() => fingerprintsMatch(aFingerprint(), damaged)).toThrow(ProfileDataError);
    expect(() => fingerprintsMatch(aFingerprint(), damaged)).toThrow(/fingerprint the photo again/);
  });
});
