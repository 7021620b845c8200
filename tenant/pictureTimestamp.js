'use strict';

// SPS-PictureTimestamp looks like "63783110969": read as seconds since 0001-01-01 that is
// March 2022 (docs/DOMAIN.md calls this an inference). .NET ticks start at 0001-01-01 too.

const SECONDS_FROM_YEAR_ONE_TO_1970 = 62135596800;

function pictureTimestampAt(date) {
  return String(Math.floor(new Date(date).getTime() / 1000) + SECONDS_FROM_YEAR_ONE_TO_1970);
}

/** A timestamp for a photo set now, always later than the previous one (two uploads in a second). */
function nextPictureTimestamp(previous, now = Date.now()) {
  const fromClock = Number(pictureTimestampAt(now));
  const afterPrevious = previous ? Number(previous) + 1 : 0;
  return String(Math.max(fromClock, afterPrevious));
}

module.exports = { pictureTimestampAt, nextPictureTimestamp, SECONDS_FROM_YEAR_ONE_TO_1970 };
