'use strict';
// How many jest workers a run has: one browser and one fake tenant are started for each.
function browserWorkers(globalConfig) {
  if (!globalConfig || globalConfig.runInBand) return 1;
  return Math.max(1, Number(globalConfig.maxWorkers) || 1);
}

module.exports = { browserWorkers };
