'use strict';

// Resizing, never cropping (docs/DOMAIN.md): SharePoint keeps three renditions of a profile
// picture by width, Graph serves square sizes of the Microsoft 365 photo.

const { jpegBytes } = require('./jpegBytes');

const JPEG_QUALITY = 90;

/** SharePoint's renditions in "User Photos/Profile Pictures", by the size letter userphoto.aspx takes. */
const SHAREPOINT_RENDITIONS = {
  S: { suffix: '_SThumb.jpg', width: 48 },
  M: { suffix: '_MThumb.jpg', width: 72 },
  L: { suffix: '_LThumb.jpg', width: 200 }
};

async function resizedJpeg(decoded, width, height) {
  const copy = decoded.clone();
  copy.resize({ w: width, h: height });
  const bytes = await jpegBytes(copy, JPEG_QUALITY);
  return { bytes, width, height };
}

/** The three SharePoint renditions of a decoded picture, keeping its aspect ratio. */
async function sharePointRenditions(decoded) {
  const { width, height } = decoded.bitmap;
  const result = {};
  for (const [letter, { width: targetWidth }] of Object.entries(SHAREPOINT_RENDITIONS)) {
    result[letter] = await resizedJpeg(decoded, targetWidth, Math.max(1, Math.round((height * targetWidth) / width)));
  }
  return result;
}

/** A Graph photo size: the longer side becomes `size`, the other keeps the aspect ratio. */
async function graphSizedJpeg(decoded, size) {
  const { width, height } = decoded.bitmap;
  const scale = size / Math.max(width, height);
  return resizedJpeg(decoded, Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale)));
}

module.exports = { SHAREPOINT_RENDITIONS, sharePointRenditions, graphSizedJpeg };
