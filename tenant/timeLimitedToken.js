'use strict';

// The _oat_ token of SharePoint Online's afdcache photo URLs: valid for one persona, account and
// size until it expires. Its real format is opaque and unpublished; ours is "<expiry>.<signature>",
// signed with a key made at start-up, so a token cannot be forged and does not survive a restart.

const crypto = require('crypto');

const KEY = crypto.randomBytes(32);

function signature(scope, expiresAt) {
  return crypto.createHmac('sha256', KEY).update(`${scope.persona}|${scope.size}|${scope.account.toLowerCase()}|${expiresAt}`).digest('hex').slice(0, 40);
}

/** A token for scope {persona, size, account} valid for `lifetimeSeconds` from `now` (ms). */
function issueToken(scope, lifetimeSeconds, now = Date.now()) {
  const expiresAt = now + Math.round(lifetimeSeconds * 1000);
  return `${expiresAt.toString(36)}.${signature(scope, expiresAt)}`;
}

/** Whether `token` was issued for this scope and has not expired at `now`. */
function isTokenValid(token, scope, now = Date.now()) {
  const match = /^([0-9a-z]+)\.([0-9a-f]{40})$/.exec(String(token || ''));
  if (!match) return false;
  const expiresAt = parseInt(match[1], 36);
  const expected = Buffer.from(signature(scope, expiresAt));
  return now < expiresAt && crypto.timingSafeEqual(expected, Buffer.from(match[2]));
}

module.exports = { issueToken, isTokenValid };
