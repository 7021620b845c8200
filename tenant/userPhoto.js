'use strict';

// GET <site>/_layouts/15/userphoto.aspx?size=S|M|L&accountname=<email or UPN>: a user's
// SharePoint photo from any site; the grey placeholder when the user has none. Whether the
// real page streams or redirects is undocumented (DOMAIN.md), so the userPhotoRedirects flag
// makes it redirect to the My Site rendition and tests can cover both.

const { bytesReply, textReply, emptyReply } = require('./replies');
const { SHAREPOINT_RENDITIONS } = require('./renditions');
const { placeholderRendition } = require('./photoLibrary');
const { renditionUrl } = require('./personaUrls');

// The web part adds &t=<timestamp> after a change, so a URL's bytes never change: cache freely.
const CACHE_CONTROL = 'private, max-age=3600';

function queryValue(query, name) {
  for (const [key, value] of query) if (key.toLowerCase() === name) return value;
  return null;
}

/** Accepts "user@x", "i:0#.f|membership|user@x"; compared case-insensitively with UPN and e-mail. */
function isOwnAccount(persona, accountName) {
  const account = String(accountName || '').trim().replace(/^i:0#\.f\|membership\|/i, '').toLowerCase();
  const own = [persona.identity.userPrincipalName, persona.userProfile.fields.WorkEmail, persona.entraUser.mail];
  return account !== '' && own.some((value) => String(value || '').toLowerCase() === account);
}

async function userPhotoPage(ctx) {
  const { persona } = ctx;
  if (!isOwnAccount(persona, queryValue(ctx.query, 'accountname'))) {
    return textReply(404, 'The user was not found.', 'text/plain; charset=utf-8');
  }
  const requested = String(queryValue(ctx.query, 'size') || 'M').toUpperCase();
  const letter = SHAREPOINT_RENDITIONS[requested] ? requested : 'M';
  const photo = persona.sharePointPhoto;
  if (!photo) {
    const placeholder = await placeholderRendition(letter);
    return bytesReply(200, placeholder.bytes, placeholder.contentType, { 'Cache-Control': CACHE_CONTROL });
  }
  if (persona.behaviour.userPhotoRedirects) {
    const target = renditionUrl(ctx.urls.mySite, persona.identity.userPrincipalName, SHAREPOINT_RENDITIONS[letter].suffix);
    return emptyReply(302, { Location: `${target}?t=${persona.userProfile.picture.timestamp}`, 'Cache-Control': CACHE_CONTROL });
  }
  return bytesReply(200, photo.renditions[letter].bytes, 'image/jpeg', { 'Cache-Control': CACHE_CONTROL });
}

module.exports = { userPhotoPage };
