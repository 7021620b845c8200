import { drawPortrait, MEGAN } from '../pixels/testing/portraits';
import type { IPhotoDecoder } from '../pixels';
import { fingerprintsOnArrival } from './fingerprintsOnArrival';

const pixels = drawPortrait(MEGAN, 96, 96);

function countingDecoder(fails = false): IPhotoDecoder & { decoded: number } {
  const decoder = {
    decoded: 0,
    decode: () => { decoder.decoded++; return fails ? Promise.reject(new Error('not an image')) : Promise.resolve(pixels); }
  };
  return decoder;
}

describe('fingerprints taken as photos arrive', () => {
  it('decodes each photo once: the check asking again later gets the fingerprint already taken', async () => {
    const decoder = countingDecoder();
    const fingerprintOf = fingerprintsOnArrival(decoder);
    const photo = new Blob(['jpeg'], { type: 'image/jpeg' });
    const onArrival = fingerprintOf(photo);
    const later = await fingerprintOf(photo);
    expect(later).toBe(await onArrival);
    expect(later && later.colours).toHaveLength(768);
    expect(decoder.decoded).toBe(1);
  });

  it('gives a photo that does not decode no fingerprint, so the photos are "could not compare"', async () => {
    const fingerprintOf = fingerprintsOnArrival(countingDecoder(true));
    await expect(fingerprintOf(new Blob(['<html>']))).resolves.toBeUndefined();
  });
});
