'use strict';

// Decodes BMP, JPEG and PNG bytes into a jimp image. Jimp.read finds the format with the
// ESM-only "file-type" package through a dynamic import(), which jest (CommonJS, no
// --experimental-vm-modules) cannot run; choosing the decoder from the file signature
// ourselves works everywhere and matches the formats SharePoint accepts.

const { Jimp } = require('jimp');
const { profilePictureFormat } = require('./profilePictureRules');

const FORMATS = new Jimp({ width: 1, height: 1 }).formats;

/** The decoded image; throws when the bytes are not a BMP, JPEG or PNG that decodes. */
async function decodePicture(bytes) {
  const mime = profilePictureFormat(bytes);
  const format = mime && FORMATS.find((f) => f.mime === mime);
  if (!format) throw new Error('The bytes are not a BMP, JPEG or PNG picture.');
  const bitmap = await format.decode(bytes);
  const image = Jimp.fromBitmap({ data: bitmap.data, width: bitmap.width, height: bitmap.height });
  image.mime = mime;
  return image;
}

module.exports = { decodePicture };
