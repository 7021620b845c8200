'use strict';

const { decodePicture } = require('./pictureDecoder');
const { padJpegWithComments, MAX_COMMENT_PAYLOAD } = require('./jpegPadding');
const { portraitJpeg } = require('./portraits');

/** The COM segments of a JPEG, by walking its markers up to the first frame. */
function commentLengths(jpeg) {
  const lengths = [];
  let offset = 2;
  while (jpeg[offset] === 0xff && jpeg[offset + 1] === 0xfe) {
    const length = jpeg.readUInt16BE(offset + 2);
    lengths.push(length - 2);
    offset += 2 + length;
  }
  return lengths;
}

test('pads a JPEG past the limit with valid comment segments and keeps its pixels', async () => {
  const jpeg = await portraitJpeg({}, 96);
  const padded = padJpegWithComments(jpeg, 300000);
  expect(padded.length).toBeGreaterThan(300000);
  const lengths = commentLengths(padded);
  expect(lengths.length).toBeGreaterThan(1);
  expect(Math.max(...lengths)).toBeLessThanOrEqual(MAX_COMMENT_PAYLOAD);
  expect(padded.subarray(padded.length - jpeg.length + 2)).toEqual(jpeg.subarray(2));
  const [a, b] = await Promise.all([decodePicture(jpeg), decodePicture(padded)]);
  expect(b.bitmap.data).toEqual(a.bitmap.data);
});

test('refuses what is not a JPEG', () => {
  expect(() => padJpegWithComments(Buffer.from('GIF89a'), 10)).toThrow(/JPEG/);
});
