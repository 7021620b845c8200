'use strict';
const { table, fileKind, verdict, formatReport, overBudgetMessage } = require('./format');

function report(overrides = {}) {
  return {
    initialJsGzipBytes: 60123, totalJsGzipBytes: 90000, budgets: { initialJsGzipBytes: 65000, totalJsGzipBytes: 100000 }, overBudget: [],
    files: [
      { file: 'web-part.js', kind: 'initial', countedIn: ['initial', 'total'], rawBytes: 200000, gzipBytes: 58000, chunk: 'main', entry: true, loadedBy: [], loadedWith: [] },
      { file: 'chunk.photo.js', kind: 'lazy', countedIn: ['total'], rawBytes: 9000, gzipBytes: 3000, chunk: 'photo', entry: false, loadedBy: ['main'], loadedWith: [] },
      { file: 'Strings_nb-no_ab12.js', kind: 'strings', countedIn: ['initial', 'total'], rawBytes: 4000, gzipBytes: 1500, locale: 'nb-no' },
      { file: 'Strings_en-us_cd34.js', kind: 'strings', countedIn: [], rawBytes: 3800, gzipBytes: 1400, locale: 'en-us' }
    ],
    groups: [
      { name: '@fluentui/react', modules: 120, minifiedBytes: 150000, gzipBytes: 40000, initialGzipBytes: 40000, lazyGzipBytes: 0, gzipSavedIfRemovedBytes: 38000 },
      { name: 'tiny-a', modules: 1, minifiedBytes: 900, gzipBytes: 400, initialGzipBytes: 400, lazyGzipBytes: 0, gzipSavedIfRemovedBytes: 380 },
      { name: 'tiny-b', modules: 2, minifiedBytes: 700, gzipBytes: 300, initialGzipBytes: 0, lazyGzipBytes: 300, gzipSavedIfRemovedBytes: 280 }
    ],
    largestModules: [{ name: './lib/profile/diagnose.js', group: 'src/profile', minifiedBytes: 5000, gzipBytes: 1800 }],
    groupEstimate: { chunks: [{ file: 'web-part.js', ratio: 0.97, fallback: false }] },
    ...overrides
  };
}

describe('size report formatting', () => {
  it('pads columns to the widest cell and right-aligns numbers', () => {
    expect(table(['name', 'bytes'], [['a', '1,000'], ['longer', '5']], [false, true]).split('\n')).toEqual([
      'name    bytes', '------  -----', 'a       1,000', 'longer      5'
    ]);
  });

  it('says which chunk loads a lazy file and which strings file is not counted', () => {
    const [entry, lazy, counted, other] = report().files;
    expect(fileKind(entry)).toBe('initial (entry)');
    expect(fileKind(lazy)).toBe('lazy: import() from main');
    expect(fileKind(counted)).toBe('strings nb-no (counted)');
    expect(fileKind(other)).toBe('strings en-us (other language, not counted)');
  });

  it('gives the margin left, or how far over, in grouped bytes', () => {
    expect(verdict(60123, 65000)).toBe('ok, 4,877 to spare');
    expect(verdict(66500, 65000)).toBe('OVER by 1,500');
  });

  it('shows the budgets in bytes and kB and sums the groups under 1,024 bytes into one line', () => {
    const text = formatReport(report());
    expect(text).toContain('60,123 (60.1 kB)');
    expect(text).toMatch(/initial: .* ok, 4,877 to spare/);
    expect(text).toMatch(/2 groups under 1,024 bytes gzip\s+3\s+1,600\s+400\s+300\s+700/);
    expect(text).not.toMatch(/^tiny-a/m);
    expect(text).toContain('web-part.js: 97%');
  });

  it('names each budget exceeded, with its figure and limit', () => {
    expect(overBudgetMessage(report({ initialJsGzipBytes: 70000, overBudget: ['initialJsGzipBytes'] })))
      .toBe('size: OVER BUDGET: initial JS is 70,000 bytes gzip, budget 65,000.');
  });
});
