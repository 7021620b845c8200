'use strict';

// Form digests as SharePoint issues them from POST /_api/contextinfo: "0x" + 128 hex digits +
// "," + the issue time ("0x1A2B...,25 Nov 2026 10:00:00 -0000"), valid FormDigestTimeoutSeconds.
// The hex part is an HMAC of persona and time, so a digest is checked without remembering it:
// digests survive /__tenant/reset, which matters because PnPjs caches them per site URL.

const crypto = require('crypto');

const FORM_DIGEST_TIMEOUT_SECONDS = 1800;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DIGEST_PATTERN = /^0x([0-9A-F]{128}),(\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) -0000$/;

const pad = (n) => String(n).padStart(2, '0');

function digestTime(date) {
  return `${pad(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} -0000`;
}

function createFormDigests({ secret = crypto.randomBytes(32), now = () => Date.now() } = {}) {
  const signature = (persona, time) =>
    crypto.createHmac('sha512', secret).update(`${persona}|${time}`).digest('hex').toUpperCase();

  return {
    timeoutSeconds: FORM_DIGEST_TIMEOUT_SECONDS,
    /** A new digest for one persona's site. */
    issue(persona) {
      const time = digestTime(new Date(now()));
      return `0x${signature(persona, time)},${time}`;
    },
    /** True when the digest was issued by this tenant for this persona and has not expired. */
    isValid(persona, value) {
      const match = DIGEST_PATTERN.exec(String(value || '').trim());
      if (!match) return false;
      const [, hex, day, month, year, hours, minutes, seconds] = match;
      const time = value.trim().slice(value.trim().indexOf(',') + 1);
      const expected = signature(persona, time);
      if (!crypto.timingSafeEqual(Buffer.from(hex), Buffer.from(expected))) return false;
      const issued = Date.UTC(Number(year), MONTHS.indexOf(month), Number(day), Number(hours), Number(minutes), Number(seconds));
      const age = now() - issued;
      return age > -60000 && age <= FORM_DIGEST_TIMEOUT_SECONDS * 1000;
    }
  };
}

module.exports = { createFormDigests, FORM_DIGEST_TIMEOUT_SECONDS };
