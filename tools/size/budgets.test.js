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

  it('keeps the agreed limits: 65 kB before the verdict, 100 kB in all (1 kB = 1,000 bytes)', () => {
    expect(BUDGETS).toEqual({ initialJsGzipBytes: 65000, totalJsGzipBytes: 100000 });
  });
});
