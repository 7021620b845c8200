'use strict';

// The Microsoft 365 photo through Graph: /me/photo (metadata of the largest size), /me/photo/$value
// (its bytes), /me/photos (the sizes) and /me/photos/{size}[/$value]. Square sizes 48..648; a
// size larger than the original is not available (DOMAIN.md). The etag is made from the bytes,
// so it changes exactly when the photo does (what the web part's photo cache relies on).
// Graph's 1x1 placeholder (a GIF with an empty etag) has only its own size. A mailbox on premises
// answers every photo request 404 MailboxNotEnabledForRESTAPI (graphPhotoUnavailable).

const { jsonReply, bytesReply } = require('./replies');
const { graphError, photoNotFound } = require('./graphErrors');
const { graphPhotoBytes } = require('./photoLibrary');
const { GRAPH_JSON } = require('./graphUser');

const GRAPH_PHOTO_SIZES = [48, 64, 96, 120, 240, 360, 432, 504, 648];

/** The sizes this photo has: the standard ones up to its own size (a 1x1 placeholder: just 1). */
function availableSizes(photo) {
  const own = Math.max(photo.width, photo.height);
  const standard = GRAPH_PHOTO_SIZES.filter((size) => size <= own);
  return standard.length > 0 ? standard : [own];
}

/** "48x48" or "48" -> 48 when this photo has that size; otherwise null. */
function sizeOf(photo, text) {
  const match = /^(\d+)(?:x(\d+))?$/i.exec(String(text));
  if (!match || (match[2] && match[2] !== match[1])) return null;
  const size = Number(match[1]);
  return availableSizes(photo).includes(size) ? size : null;
}

function mediaEtag(photo) {
  return photo.etag ? `"${photo.etag}"` : '';
}

function sizeEntry(photo, size) {
  return { '@odata.mediaContentType': photo.contentType, '@odata.mediaEtag': mediaEtag(photo), id: `${size}x${size}`, width: size, height: size };
}

function metadataUrl(ctx, path) {
  return `${ctx.urls.graph}/v1.0/$metadata#users('${ctx.persona.entraUser.id}')/${path}`;
}

/** Runs `answer(photo)` when the persona has a Microsoft 365 photo; 404 otherwise. */
function withPhoto(answer) {
  return (ctx) => {
    const { graphPhotoUnavailable } = ctx.persona.behaviour;
    if (graphPhotoUnavailable) return graphError(ctx, graphPhotoUnavailable);
    return ctx.persona.microsoft365Photo ? answer(ctx, ctx.persona.microsoft365Photo) : photoNotFound(ctx);
  };
}

function photoBytesReply(photo, bytes) {
  return bytesReply(200, bytes, photo.contentType, photo.etag ? { ETag: mediaEtag(photo) } : {});
}

const myPhoto = withPhoto((ctx, photo) => {
  const largest = Math.max(...availableSizes(photo));
  const context = { '@odata.context': metadataUrl(ctx, 'photo/$entity') };
  // Graph's documented placeholder answer also names the photo's own URL.
  if (photo.placeholder) context['@odata.id'] = `${ctx.urls.graph}/v1.0/users('${ctx.persona.entraUser.id}')/photo`;
  return jsonReply(200, { ...context, ...sizeEntry(photo, largest) }, GRAPH_JSON);
});

const myPhotoValue = withPhoto((ctx, photo) => photoBytesReply(photo, photo.bytes));

const myPhotos = withPhoto((ctx, photo) =>
  jsonReply(200, { '@odata.context': metadataUrl(ctx, 'photos'), value: availableSizes(photo).map((s) => sizeEntry(photo, s)) }, GRAPH_JSON)
);

const myPhotoOfSize = withPhoto((ctx, photo) => {
  const size = sizeOf(photo, ctx.params.size);
  if (!size) return photoNotFound(ctx);
  return jsonReply(200, { '@odata.context': metadataUrl(ctx, 'photos/$entity'), ...sizeEntry(photo, size) }, GRAPH_JSON);
});

const myPhotoOfSizeValue = withPhoto(async (ctx, photo) => {
  const size = sizeOf(photo, ctx.params.size);
  if (!size) return photoNotFound(ctx);
  return photoBytesReply(photo, await graphPhotoBytes(photo, size));
});

module.exports = { myPhoto, myPhotoValue, myPhotos, myPhotoOfSize, myPhotoOfSizeValue, GRAPH_PHOTO_SIZES };
