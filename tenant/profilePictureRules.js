'use strict';

// What SetMyProfilePicture accepts (docs/DOMAIN.md): BMP, JPEG or PNG, at most 5,000,000 bytes.
// Anything else, GIF included, is "Parameter is not valid."; sniffing the signature first keeps
// jimp from accepting formats SharePoint refuses.

const MAX_PROFILE_PICTURE_BYTES = 5000000;

const SIGNATURES = [
  { mime: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { mime: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mime: 'image/bmp', bytes: [0x42, 0x4d] }
];

/** The MIME type of a picture SharePoint accepts, or null. */
function profilePictureFormat(bytes) {
  const match = SIGNATURES.find((s) => bytes.length > s.bytes.length && s.bytes.every((b, i) => bytes[i] === b));
  return match ? match.mime : null;
}

module.exports = { profilePictureFormat, MAX_PROFILE_PICTURE_BYTES };
