'use strict';
// The arithmetic of the benchmark's summaries.

/** The middle value (the mean of the two middle ones for an even count): one slow round does not move it. */
function median(values) {
  const sorted = values.slice().sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The least-squares line through [x, y] points. For (latency, time to verdict) the slope is how many
 * round trips the verdict waits for, one after the other, and the intercept the time that does not
 * depend on the network.
 */
function fitLine(points) {
  const n = points.length;
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / n;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / n;
  const spread = points.reduce((sum, [x]) => sum + (x - meanX) ** 2, 0);
  if (n < 2 || spread === 0) throw new Error('A line needs points at two different x at least.');
  const slope = points.reduce((sum, [x, y]) => sum + (x - meanX) * (y - meanY), 0) / spread;
  return { slope, intercept: meanY - slope * meanX };
}

module.exports = { median, fitLine };
