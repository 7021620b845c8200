'use strict';

const { Jimp } = require('jimp');
const { jpegBytes } = require('./jpegBytes');

function striped(width, height, alpha) {
  const image = new Jimp({ width, height, color: 0xffffffff });
  const { data } = image.bitmap;
  for (let i = 0; i < data.length; i += 4) {
    const x = (i / 4) % width;
    data[i] = (x * 37) % 256;
    data[i + 1] = (x * 11 + i) % 256;
    data[i + 2] = 200;
    data[i + 3] = alpha(i / 4);
  }
  return image;
}

describe('jpegBytes', () => {
  it('gives the bytes jimp gives for an opaque image', async () => {
    const image = striped(40, 30, () => 255);

    const bytes = await jpegBytes(image, 80);

    expect(bytes.equals(await image.getBuffer('image/jpeg', { quality: 80 }))).toBe(true);
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xd8]);
  });

  it('gives the bytes jimp gives for an image with transparent pixels (laid over the background)', async () => {
    const image = striped(40, 30, (pixel) => (pixel % 3 === 0 ? 0 : 255));

    expect((await jpegBytes(image, 80)).equals(await image.getBuffer('image/jpeg', { quality: 80 }))).toBe(true);
  });
});
