'use strict';

// The My Site host: where SharePoint keeps profile picture renditions and PictureURL points,
// "User Photos/Profile Pictures/<Entra object id>_SThumb.jpg|_MThumb.jpg|_LThumb.jpg" (DOMAIN.md).

const { bytesReply, textReply } = require('./replies');
const { SHAREPOINT_RENDITIONS } = require('./renditions');
const { sharePointStatusReply } = require('./sharePointErrors');

const PROFILE_PICTURES = /^\/User Photos\/Profile Pictures\/([^/]+)$/i;

function mySite(ctx) {
  const { persona } = ctx;
  if (persona.behaviour.sharePointStatus) return sharePointStatusReply(ctx, persona.behaviour.sharePointStatus);
  const match = PROFILE_PICTURES.exec(ctx.path);
  if (!match || !['GET', 'HEAD'].includes(ctx.method)) return textReply(404, '404 FILE NOT FOUND');
  const fileName = match[1].toLowerCase();
  const stem = persona.identity.objectId;
  const letter = Object.keys(SHAREPOINT_RENDITIONS).find(
    (l) => `${stem}${SHAREPOINT_RENDITIONS[l].suffix}`.toLowerCase() === fileName
  );
  const rendition = letter && persona.sharePointPhoto ? persona.sharePointPhoto.renditions[letter] : null;
  if (!rendition) return textReply(404, '404 FILE NOT FOUND');
  return bytesReply(200, rendition.bytes, 'image/jpeg', {
    'Cache-Control': 'private, max-age=3600',
    ETag: `"{${rendition.sha256.slice(0, 8).toUpperCase()}},1"`
  });
}

module.exports = { mySite };
