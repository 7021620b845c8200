'use strict';

// Photos take time to draw and encode (about 0.1-0.2 s each), so each one is made on first use
// and kept for the life of the process. They depend only on their spec, so every tenant in the
// process (tests start several) shares them, and a reset reuses them instead of redrawing.
// Across processes they are kept on disk (photoCache.js).

const crypto = require('crypto');
const { portraitJpeg, drawPortrait, PLACEHOLDER_LOOK, DEFAULT_SIZE } = require('./portraits');
const { padJpegWithComments } = require('./jpegPadding');
const { sharePointRenditions, graphSizedJpeg, SHAREPOINT_RENDITIONS } = require('./renditions');
const { decodePicture } = require('./pictureDecoder');
const { MAX_PROFILE_PICTURE_BYTES } = require('./profilePictureRules');
const { createPhotoCache } = require('./photoCache');

const made = new Map();
const onDisk = createPhotoCache();

function once(key, make) {
  if (!made.has(key)) {
    const promise = onDisk.remember(key, make);
    made.set(key, promise);
    promise.catch(() => made.delete(key));
  }
  return made.get(key);
}

function sha256Hex(bytes) {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

/**
 * Photo bytes with what every endpoint needs to know about them. `etag` is '' for Graph's 1x1
 * placeholder, whose @odata.mediaEtag is empty (learn.microsoft.com/graph/api/profilephoto-get).
 */
function storedPhoto(bytes, { width, height, decodable, contentType = 'image/jpeg', placeholder = false }) {
  const sha256 = sha256Hex(bytes);
  return { bytes, sha256, etag: placeholder ? '' : sha256.slice(0, 8).toUpperCase(), width, height, decodable, contentType, placeholder };
}

// The smallest transparent 1x1 GIF (43 bytes): what Graph serves for a user without a photo.
const ONE_PIXEL_GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

// Specs of photos, as personas name them.
/** A drawn portrait; Microsoft 365 originals are 648x648 unless a size is given. */
const portraitPhoto = (look, size = DEFAULT_SIZE) => ({ kind: 'portrait', look, size });
/** Graph claims a 648x648 JPEG but the bytes are no image at all. */
const notAnImagePhoto = () => ({ kind: 'notAnImage' });
/** A valid JPEG padded past SharePoint's upload limit. */
const pastUploadLimitPhoto = (look) => ({ kind: 'pastUploadLimit', look });
/** Graph's answer for a user without a photo in some tenants: a 1x1 GIF with an empty etag. */
const graphPlaceholderPhoto = () => ({ kind: 'graphPlaceholder' });

function notAnImageBytes() {
  const parts = [Buffer.from('This is not a picture: the mailbox photo was damaged in transit.\n')];
  let block = Buffer.from('corrupt-microsoft365-photo');
  for (let i = 0; i < 600; i += 1) {
    block = crypto.createHash('sha256').update(block).digest();
    parts.push(block);
  }
  return Buffer.concat(parts);
}

async function makePhoto(spec) {
  const square = { width: DEFAULT_SIZE, height: DEFAULT_SIZE };
  switch (spec.kind) {
    case 'portrait':
      return storedPhoto(await portraitJpeg(spec.look, spec.size), { width: spec.size, height: spec.size, decodable: true });
    case 'notAnImage':
      return storedPhoto(notAnImageBytes(), { ...square, decodable: false });
    case 'pastUploadLimit': {
      const padded = padJpegWithComments(await portraitJpeg(spec.look), MAX_PROFILE_PICTURE_BYTES);
      return storedPhoto(padded, { ...square, decodable: true });
    }
    case 'graphPlaceholder':
      return storedPhoto(ONE_PIXEL_GIF, { width: 1, height: 1, decodable: true, contentType: 'image/gif', placeholder: true });
    default:
      throw new Error(`Unknown photo kind: ${spec.kind}`);
  }
}

/** The photo a spec describes (a Microsoft 365 original, or a picture SharePoint was given). */
function photoFor(spec) {
  return once(`photo:${JSON.stringify(spec)}`, () => makePhoto(spec));
}

/**
 * Graph's bytes for one square size. The original is served as it is at its own size (so the
 * padded photo stays over the limit); smaller sizes are re-encoded; bytes that are not an image
 * are served as they are at every size, which is what a broken mailbox photo looks like.
 */
async function graphPhotoBytes(photo, size) {
  if (!photo.decodable || size >= Math.max(photo.width, photo.height)) return photo.bytes;
  const sized = await once(`graph:${photo.sha256}:${size}`, async () =>
    graphSizedJpeg(await decodePicture(photo.bytes), size)
  );
  return sized.bytes;
}

/**
 * A SharePoint photo made from uploaded bytes: the original as uploaded plus its renditions.
 * `decoded` saves decoding twice when the caller already checked the bytes are an image.
 */
function sharePointPhotoFrom(bytes, decoded) {
  const original = storedPhoto(bytes, { width: 0, height: 0, decodable: true });
  return once(`sp:${original.sha256}`, async () => {
    const image = decoded || (await decodePicture(bytes));
    const renditions = await sharePointRenditions(image);
    for (const rendition of Object.values(renditions)) rendition.sha256 = sha256Hex(rendition.bytes);
    return {
      original: { ...original, width: image.bitmap.width, height: image.bitmap.height },
      sourceSha256: original.sha256,
      renditions
    };
  });
}

/** The grey silhouette SharePoint serves for users without a photo, at a rendition's width. */
function placeholderRendition(letter) {
  return once(`placeholder:${letter}`, async () => {
    const { width } = SHAREPOINT_RENDITIONS[letter];
    const bytes = await drawPortrait(PLACEHOLDER_LOOK, width).getBuffer('image/png');
    return { bytes, contentType: 'image/png', width, height: width };
  });
}

module.exports = {
  portraitPhoto,
  notAnImagePhoto,
  pastUploadLimitPhoto,
  graphPlaceholderPhoto,
  photoFor,
  graphPhotoBytes,
  sharePointPhotoFrom,
  placeholderRendition,
  sha256Hex
};
