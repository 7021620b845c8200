'use strict';
// Jest's order, with one change for a run that has no timings yet (a fresh clone, as in CI): browser
// test files go first. Jest starts the longest files first so that no worker sits idle at the end,
// and guesses "longest" from file size when it has no timings; a browser file is short on the page
// and long to run, so by size it would start last and the run would wait for it alone.
const Sequencer = require('@jest/test-sequencer').default;

const isBrowser = (test) => {
  const name = test.context.config.displayName;
  return (name && typeof name === 'object' ? name.name : name) === 'browser';
};

class SlowFirstSequencer extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const untimed = sorted.filter((test) => test.duration == null);
    if (untimed.length === 0) return sorted;
    // Jest puts untimed files before timed ones (after any that failed last time): within them,
    // browser files first, each group in jest's own order.
    const firstUntimed = sorted.indexOf(untimed[0]);
    const reordered = [...untimed.filter(isBrowser), ...untimed.filter((test) => !isBrowser(test))];
    const rest = sorted.filter((test) => test.duration != null);
    return [...rest.slice(0, firstUntimed), ...reordered, ...rest.slice(firstUntimed)];
  }
}

module.exports = SlowFirstSequencer;
