'use strict';

// JPEG bytes of a jimp image. jimp's getBuffer first lays the image over a new one in its background
// colour, pixel by pixel, because JPEG has no alpha; that step costs more than the encode itself. An
// image with no transparent pixel comes out of it unchanged, so it goes straight to the encoder.

function isOpaque(data) {
  for (let i = 3; i < data.length; i += 4) {
    if (data[i] !== 255) return false;
  }
  return true;
}

/** The same bytes as `image.getBuffer('image/jpeg', { quality })`. */
async function jpegBytes(image, quality) {
  const jpeg = image.formats.find((format) => format.mime === 'image/jpeg');
  if (!jpeg || !jpeg.encode || !isOpaque(image.bitmap.data)) return image.getBuffer('image/jpeg', { quality });
  return Buffer.from(jpeg.encode(image.bitmap, { quality }));
}

module.exports = { jpegBytes };
