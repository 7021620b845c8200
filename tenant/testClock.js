'use strict';
// The fake tenant's clock for its throttling windows: the wall clock plus however far a test moved
// it on (POST /__tenant/clock), so a test plays "5 minutes of SharePoint's limit" without waiting
// them out. Only ever forward: a window's entries never sit in the future.
function createTestClock(wall = () => Date.now()) {
  let aheadMs = 0;
  return {
    now: () => wall() + aheadMs,
    advance(ms) {
      aheadMs += ms;
      return aheadMs;
    },
    get aheadMs() {
      return aheadMs;
    }
  };
}

module.exports = { createTestClock };
