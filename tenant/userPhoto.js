'use strict';

// GET <site>/_layouts/15/userphoto.aspx?size=S|M|L&accountname=<email or UPN>: a user's
// SharePoint photo from any site; the grey placeholder when the user has none. SharePoint
// Online answers 302 to the same host's CDN copy (photoCdn.js, sp-dev-docs issue 7909); the
// flags play the older answers: userPhotoRedirects (302 to the My Site rendition) and
// userPhotoCdn: false (the photo streamed by the page itself).

const { bytesReply, textReply, emptyReply } = require('./replies');
const { SHAREPOINT_RENDITIONS } = require('./renditions');
const { placeholderRendition } = require('./photoLibrary');
const { renditionUrl } = require('./personaUrls');
const { photoCdnUrl } = require('./photoCdn');
const { queryValue, isOwnAccount, renditionLetter } = require('./userPhotoQuery');
const { sharePointPhotoForAccount } = require('./organisation/photos');

// The web part adds &t=<timestamp> after a change, so a streamed URL's bytes never change: cache freely.
const CACHE_CONTROL = 'private, max-age=3600';
// A redirect carries a token that expires: never let the browser reuse it.
const REDIRECT_CACHE_CONTROL = 'private, no-store';

async function userPhotoPage(ctx) {
  const { persona } = ctx;
  const accountName = queryValue(ctx.query, 'accountname');
  const letter = renditionLetter(ctx.query);
  if (!isOwnAccount(persona, accountName)) return organisationPersonPhoto(ctx, accountName, letter);
  const photo = persona.sharePointPhoto;
  if (photo && persona.behaviour.userPhotoRedirects) {
    const target = renditionUrl(ctx.urls.mySite, persona.identity, SHAREPOINT_RENDITIONS[letter].suffix);
    return emptyReply(302, { Location: `${target}?t=${persona.userProfile.picture.timestamp}`, 'Cache-Control': CACHE_CONTROL });
  }
  if (persona.behaviour.userPhotoCdn) {
    return emptyReply(302, { Location: photoCdnUrl(ctx, letter, accountName), 'Cache-Control': REDIRECT_CACHE_CONTROL });
  }
  if (!photo) {
    const placeholder = await placeholderRendition(letter);
    return bytesReply(200, placeholder.bytes, placeholder.contentType, { 'Cache-Control': CACHE_CONTROL });
  }
  return bytesReply(200, photo.renditions[letter].bytes, 'image/jpeg', { 'Cache-Control': CACHE_CONTROL });
}

/** Someone else's photo: an organisation person's, through the CDN like one's own (or streamed). */
async function organisationPersonPhoto(ctx, accountName, letter) {
  const found = await sharePointPhotoForAccount(ctx.organisation, accountName);
  if (!found) return textReply(404, 'The user was not found.', 'text/plain; charset=utf-8');
  if (ctx.persona.behaviour.userPhotoCdn) {
    return emptyReply(302, { Location: photoCdnUrl(ctx, letter, accountName), 'Cache-Control': REDIRECT_CACHE_CONTROL });
  }
  const bytes = found.photo ? { bytes: found.photo.renditions[letter].bytes, contentType: 'image/jpeg' } : await placeholderRendition(letter);
  return bytesReply(200, bytes.bytes, bytes.contentType, { 'Cache-Control': CACHE_CONTROL });
}

module.exports = { userPhotoPage };
