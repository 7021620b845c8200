'use strict';
// The budgets, in gzip bytes (zlib, level 9), kB = 1,000 bytes (the stricter reading of "65 KB"):
// - initial: the JavaScript needed before the verdict: the entry bundle, every chunk webpack marks as
//   initial (loaded with the entry, never through `import()`) and one language's strings;
// - total: all of the web part's JavaScript: initial plus every lazy chunk (`import()`) it can load.
const BUDGETS = { initialJsGzipBytes: 65000, totalJsGzipBytes: 100000 };

const BUDGET_NAMES = { initialJsGzipBytes: 'initial', totalJsGzipBytes: 'total' };

/** The keys of the figures that are over their budget, initial first; empty when all fit. */
function overBudget(figures, budgets = BUDGETS) {
  return Object.keys(BUDGET_NAMES).filter((key) => figures[key] > budgets[key]);
}

module.exports = { BUDGETS, BUDGET_NAMES, overBudget };
