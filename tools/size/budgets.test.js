'use strict';
const { BUDGETS, overBudget } = require('./budgets');

describe('budget decisions', () => {
  it('passes a build exactly at both budgets', () => {
    expect(overBudget({ initialJsGzipBytes: BUDGETS.initialJsGzipBytes, totalJsGzipBytes: BUDGETS.totalJsGzipBytes })).toEqual([]);
  });

  it('fails the initial budget one byte over, and only that one', () => {
    expect(overBudget({ initialJsGzipBytes: BUDGETS.initialJsGzipBytes + 1, totalJsGzipBytes: 1 })).toEqual(['initialJsGzipBytes']);
  });

  it('names both, initial first, when both are over', () => {
    expect(overBudget({ initialJsGzipBytes: 70000, totalJsGzipBytes: 120000 })).toEqual(['initialJsGzipBytes', 'totalJsGzipBytes']);
  });

  it('keeps the agreed limits: 45 kB initial, 80 kB for the "My profile" view in all (1 kB = 1,000 bytes; issue 12)', () => {
    expect(BUDGETS).toEqual({ initialJsGzipBytes: 45000, totalJsGzipBytes: 80000 });
  });
});
