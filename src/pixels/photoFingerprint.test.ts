import { SHARED_GRID } from './fingerprintGrid';
import { averagedFingerprint, photoFingerprint, sharedGridFingerprint } from './photoFingerprint';
import { drawPortrait, MEGAN } from './testing/portraits';
import { RgbaImage } from './types';

/** A portrait at the size the decoder draws, its corners half transparent (as a PNG's may be). */
function decodedPortrait(): RgbaImage {
  const image = drawPortrait(MEGAN, SHARED_GRID, SHARED_GRID);
  const data = Uint8ClampedArray.from(image.data);
  for (let y = 0; y < 20; y++) for (let x = 0; x < 20; x++) data[(y * SHARED_GRID + x) * 4 + 3] = 128;
  return { data, width: SHARED_GRID, height: SHARED_GRID };
}

describe('the fingerprint of a photo the decoder drew', () => {
  it('is exactly the fingerprint taken by area averaging, transparent pixels over white included', () => {
    const image = decodedPortrait();
    expect(sharedGridFingerprint(image.data)).toEqual(averagedFingerprint(image));
    expect(photoFingerprint(image)).toEqual(averagedFingerprint(image));
  });

  it('still takes any other size by area averaging', () => {
    const image = drawPortrait(MEGAN, 96, 120);
    expect(photoFingerprint(image)).toEqual(averagedFingerprint(image));
    expect(photoFingerprint(image).colours).toHaveLength(768);
  });
});
