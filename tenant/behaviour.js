'use strict';

// Behaviour flags: how a persona's services misbehave. Personas start with some set (e.g.
// graph-throttled); browser tests set more through POST /__tenant/personas/NAME/behaviour.

const GRAPH_NO_PHOTO_CODES = ['ImageNotFound', 'ErrorEntityNotFound', 'ErrorItemNotFound'];
const GRAPH_PHOTO_UNAVAILABLE_CODES = ['MailboxNotEnabledForRESTAPI'];

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
  /** userphoto.aspx answers 302 to the My Site rendition (what older tenants did); wins over userPhotoCdn. */
  userPhotoRedirects: false,
  /**
   * userphoto.aspx answers 302 to the same host's CDN copy, /_vti_bin/afdcache.ashx/_userprofile/userphoto.jpg
   * with a time-limited _oat_ token (SharePoint Online today, sp-dev-docs issue 7909); false: streams the photo.
   */
  userPhotoCdn: true,
  /** How long an afdcache _oat_ token is valid; afterwards 403 "Time-Limited URL validation failed". */
  photoUrlLifetimeSeconds: 300,
  /**
   * After SetMyProfilePicture, how long the afdcache copy keeps serving the previous photo (pnp/pnpjs
   * issue 1959: up to a day). 0 for ordinary personas, so a sync can still be verified; see README.
   */
  photoCdnStaleSeconds: 0,
  /** The 404 code Graph gives for "no photo": ImageNotFound, ErrorEntityNotFound or ErrorItemNotFound. */
  graphNoPhotoCode: 'ImageNotFound',
  /** Every Graph photo request answers this 404 instead (MailboxNotEnabledForRESTAPI: mailbox on premises); null: normal. */
  graphPhotoUnavailable: null,
  /** How many of the next $batch calls answer their photo requests 429 inside a 200 answer. */
  graphBatchPhotoThrottleCount: 0,
  /** The Retry-After of a throttled item inside a $batch; Graph sends fractional seconds there. */
  batchItemRetryAfterSeconds: 1.5,
  /** Extra delay for this persona's API answers, on top of the tenant's latency. */
  extraLatencyMs: 0,
  /** Every organisation request to Graph (/users, /groups, /users/{id}/photo...) answers this status, e.g. 403 without User.Read.All. */
  graphOrganisationStatus: null,
  /** What GetPropertiesFor answers for an account without a profile: "empty" PersonProperties or "null" (odata.null). */
  missingProfileAnswer: 'empty'
});

const CHECKS = {
  photoUpdatesBlocked: (v) => typeof v === 'boolean',
  sharePointStatus: (v) => v === null || (Number.isInteger(v) && v >= 400 && v <= 599),
  graphStatus: (v) => v === null || (Number.isInteger(v) && v >= 400 && v <= 599),
  graphThrottleCount: (v) => Number.isInteger(v) && v >= 0,
  retryAfterSeconds: (v) => Number.isInteger(v) && v >= 0,
  userPhotoRedirects: (v) => typeof v === 'boolean',
  userPhotoCdn: (v) => typeof v === 'boolean',
  photoUrlLifetimeSeconds: (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0,
  photoCdnStaleSeconds: (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0,
  graphNoPhotoCode: (v) => GRAPH_NO_PHOTO_CODES.includes(v),
  graphPhotoUnavailable: (v) => v === null || GRAPH_PHOTO_UNAVAILABLE_CODES.includes(v),
  graphBatchPhotoThrottleCount: (v) => Number.isInteger(v) && v >= 0,
  batchItemRetryAfterSeconds: (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0,
  extraLatencyMs: (v) => Number.isInteger(v) && v >= 0 && v <= 60000,
  graphOrganisationStatus: (v) => v === null || (Number.isInteger(v) && v >= 400 && v <= 599),
  missingProfileAnswer: (v) => v === 'empty' || v === 'null'
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
