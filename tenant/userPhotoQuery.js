'use strict';

// What userphoto.aspx and its CDN copy read from a query: the account (any form SharePoint
// accepts) and the rendition letter. Query names are case-insensitive (accountname, accountName).

const { SHAREPOINT_RENDITIONS } = require('./renditions');

function queryValue(query, name) {
  const wanted = name.toLowerCase();
  for (const [key, value] of query) if (key.toLowerCase() === wanted) return value;
  return null;
}

/** Accepts "user@x", "i:0#.f|membership|user@x"; compared case-insensitively with UPN and e-mail. */
function isOwnAccount(persona, accountName) {
  const account = String(accountName || '').trim().replace(/^i:0#\.f\|membership\|/i, '').toLowerCase();
  const own = [persona.identity.userPrincipalName, persona.userProfile.fields.WorkEmail, persona.entraUser.mail];
  return account !== '' && own.some((value) => String(value || '').toLowerCase() === account);
}

/** S, M or L as asked; M for anything else (as userphoto.aspx does). */
function renditionLetter(query) {
  const requested = String(queryValue(query, 'size') || 'M').toUpperCase();
  return SHAREPOINT_RENDITIONS[requested] ? requested : 'M';
}

module.exports = { queryValue, isOwnAccount, renditionLetter };
