'use strict';
// How the browser tests and the benchmark count what a page view asks SharePoint and Graph, from the
// fake tenant's request log.

// userphoto.aspx answers 302 to a same-host afdcache URL (tenant/README.md); the browser follows it on
// its own, so that second exchange belongs to the request the web part made, not to a new one.
const FOLLOWED_REDIRECT = /\/_vti_bin\/afdcache\.ashx\//i;

// Photo bytes: SharePoint's userphoto.aspx or My Site renditions, Graph's $value (also inside a $batch).
const PHOTO_BYTES = /userphoto\.aspx|Profile%20Pictures|Profile Pictures|\/\$value/i;

/** The requests the web part itself made, each redirect counted with the request it answered. */
function webPartRequests(requests) {
  return requests.filter((r) => !FOLLOWED_REDIRECT.test(r.path));
}

/** How many photo downloads a list of logged requests made, counting those inside Graph batches. */
function photoByteRequests(requests) {
  return webPartRequests(requests)
    .reduce((n, r) => n + (r.batch ? r.batch.filter((item) => PHOTO_BYTES.test(item)).length : (PHOTO_BYTES.test(r.path) ? 1 : 0)), 0);
}

module.exports = { webPartRequests, photoByteRequests };
