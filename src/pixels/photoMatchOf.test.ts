import { photoMatchOf } from './photoMatchOf';
import { PhotoFingerprint } from './types';

function aFingerprint(colour: number): PhotoFingerprint {
  return { colours: new Array(768).fill(colour), greyGradients: new Array(64).fill(20) };
}

describe('photoMatchOf', () => {
  it('says same for two fingerprints of one picture and different for two pictures', () => {
    expect(photoMatchOf(aFingerprint(128), aFingerprint(129))).toBe('same');
    expect(photoMatchOf(aFingerprint(128), aFingerprint(60))).toBe('different');
  });

  it('says unknown when either photo could not be read, rather than guessing', () => {
    expect(photoMatchOf(undefined, aFingerprint(128))).toBe('unknown');
    expect(photoMatchOf(aFingerprint(128), undefined)).toBe('unknown');
    expect(photoMatchOf(undefined, undefined)).toBe('unknown');
  });
});
