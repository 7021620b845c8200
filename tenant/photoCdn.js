'use strict';

// SharePoint Online's CDN copy of profile photos (Azure Front Door, "afdcache"): userphoto.aspx
// answers 302 to <site>/_vti_bin/afdcache.ashx/_userprofile/userphoto.jpg?_oat_=<token>&size=M&accountName=...
// An expired or altered token answers 403 "Time-Limited URL validation failed" (SharePoint/sp-dev-docs
// issue 7909). The CDN keeps the photo it has: after an upload it serves the previous one for
// photoCdnStaleSeconds, and the web part's ?t= never reaches it (pnp/pnpjs issue 1959).

const { bytesReply, textReply } = require('./replies');
const { placeholderRendition } = require('./photoLibrary');
const { issueToken, isTokenValid } = require('./timeLimitedToken');
const { queryValue, isOwnAccount, renditionLetter } = require('./userPhotoQuery');
const { sharePointPhotoForAccount } = require('./organisation/photos');

const CDN_PATH = '/_vti_bin/afdcache.ashx/_userprofile/userphoto.jpg';
// Each URL carries its own token, so a browser may keep its bytes; the CDN decides what is fresh.
const CDN_CACHE_CONTROL = 'public, max-age=86400';

/** The afdcache URL userphoto.aspx redirects to, with a fresh token. */
function photoCdnUrl(ctx, letter, accountName) {
  const token = issueToken({ persona: ctx.persona.name, size: letter, account: accountName }, ctx.persona.behaviour.photoUrlLifetimeSeconds);
  return `${ctx.urls.sharePoint}${CDN_PATH}?_oat_=${token}&size=${letter}&accountName=${encodeURIComponent(accountName)}`;
}

/** Now, by the tenant's test clock when the persona has one (tenantState.js). */
const timeOf = (persona) => (typeof persona.now === 'function' ? persona.now() : Date.now());

/** Remembers what the CDN holds before an upload replaces SharePoint's photo. */
function photoReplaced(persona, now = timeOf(persona)) {
  // A second upload while the CDN is still stale changes nothing there: it keeps its old copy.
  if (isCdnStale(persona, now)) return;
  persona.photoCdn = { previousPhoto: persona.sharePointPhoto, replacedAt: now };
}

function isCdnStale(persona, now = timeOf(persona)) {
  const { photoCdn, behaviour } = persona;
  return Boolean(photoCdn) && now < photoCdn.replacedAt + behaviour.photoCdnStaleSeconds * 1000;
}

/** The SharePoint photo the CDN serves now (null: the placeholder). */
function cdnPhoto(persona, now = timeOf(persona)) {
  return isCdnStale(persona, now) ? persona.photoCdn.previousPhoto : persona.sharePointPhoto;
}

/** Until when the CDN serves the previous photo (ISO time), or null when it serves the current one. */
function cdnStaleUntil(persona, now = timeOf(persona)) {
  if (!isCdnStale(persona, now)) return null;
  return new Date(persona.photoCdn.replacedAt + persona.behaviour.photoCdnStaleSeconds * 1000).toISOString();
}

async function photoCdnCopy(ctx) {
  const { persona, query } = ctx;
  const letter = renditionLetter(query);
  const accountName = String(queryValue(query, 'accountName') || '');
  if (!isTokenValid(queryValue(query, '_oat_'), { persona: persona.name, size: letter, account: accountName })) {
    return textReply(403, 'Time-Limited URL validation failed', 'text/plain; charset=utf-8');
  }
  let photo;
  if (isOwnAccount(persona, accountName)) photo = cdnPhoto(persona);
  else {
    const found = await sharePointPhotoForAccount(ctx.organisation, accountName);
    if (!found) return textReply(404, 'The user was not found.', 'text/plain; charset=utf-8');
    photo = found.photo;
  }
  if (!photo) {
    const placeholder = await placeholderRendition(letter);
    return bytesReply(200, placeholder.bytes, placeholder.contentType, { 'Cache-Control': CDN_CACHE_CONTROL });
  }
  return bytesReply(200, photo.renditions[letter].bytes, 'image/jpeg', { 'Cache-Control': CDN_CACHE_CONTROL });
}

module.exports = { CDN_PATH, photoCdnUrl, photoCdnCopy, photoReplaced, cdnPhoto, cdnStaleUntil };
