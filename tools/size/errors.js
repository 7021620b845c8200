'use strict';
// The one failure `npm run size` reports as "cannot measure" (exit 2) rather than as a crash.

const REBUILD_HINT = 'run `npm run size` (or `gulp bundle --ship`, whose webpack step writes the stats)';

class SizeCheckError extends Error {}

module.exports = { SizeCheckError, REBUILD_HINT };
