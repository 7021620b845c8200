'use strict';

// Behaviour flags: how a persona's services misbehave. Personas start with some set (e.g.
// graph-throttled); browser tests set more through POST /__tenant/personas/NAME/behaviour.

const BEHAVIOUR_DEFAULTS = Object.freeze({
  /** SetMyProfilePicture answers 403 "Access denied", as when an admin restricted photo changes. */
  photoUpdatesBlocked: false,
  /** Every SharePoint answer (site and My Site host) has this status, e.g. 503; null: normal. */
  sharePointStatus: null,
  /** Every Graph request answers this status: 401 (token) or 403 (permission); null: normal. */
  graphStatus: null,
  /** How many of the next Graph HTTP requests answer 429 (a $batch counts as one). */
  graphThrottleCount: 0,
  /** The Retry-After seconds sent with 429 and 503 answers. */
  retryAfterSeconds: 1,
  /** userphoto.aspx answers 302 to the My Site rendition instead of streaming it (DOMAIN.md: undocumented). */
  userPhotoRedirects: false,
  /** Extra delay for this persona's API answers, on top of the tenant's latency. */
  extraLatencyMs: 0
});

const CHECKS = {
  photoUpdatesBlocked: (v) => typeof v === 'boolean',
  sharePointStatus: (v) => v === null || (Number.isInteger(v) && v >= 400 && v <= 599),
  graphStatus: (v) => v === null || (Number.isInteger(v) && v >= 400 && v <= 599),
  graphThrottleCount: (v) => Number.isInteger(v) && v >= 0,
  retryAfterSeconds: (v) => Number.isInteger(v) && v >= 0,
  userPhotoRedirects: (v) => typeof v === 'boolean',
  extraLatencyMs: (v) => Number.isInteger(v) && v >= 0 && v <= 60000
};

/** Problems with a requested change of flags, as sentences; empty when it can be applied. */
function behaviourProblems(change) {
  if (change === null || typeof change !== 'object' || Array.isArray(change)) return ['Send a JSON object of flags.'];
  return Object.entries(change)
    .filter(([key, value]) => !CHECKS[key] || !CHECKS[key](value))
    .map(([key, value]) =>
      CHECKS[key]
        ? `${key}: ${JSON.stringify(value)} is not a valid value.`
        : `${key} is not a behaviour flag (known: ${Object.keys(CHECKS).join(', ')}).`
    );
}

module.exports = { BEHAVIOUR_DEFAULTS, behaviourProblems };
