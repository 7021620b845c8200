import { fingerprintsMatch } from './fingerprintsMatch';
import { PhotoFingerprint, PhotoMatch } from './types';

/**
 * The one same-or-different decision, for whoever has the fingerprints: the same picture or not when
 * both photos could be read, `unknown` when either could not.
 */
export function photoMatchOf(a: PhotoFingerprint, b: PhotoFingerprint): 'same' | 'different';
export function photoMatchOf(a: PhotoFingerprint | undefined, b: PhotoFingerprint | undefined): PhotoMatch;
export function photoMatchOf(a: PhotoFingerprint | undefined, b: PhotoFingerprint | undefined): PhotoMatch {
  if (!a || !b) return 'unknown';
  return fingerprintsMatch(a, b) ? 'same' : 'different';
}
