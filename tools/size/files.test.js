'use strict';
const { countLargestStrings, stringsFileName, fileOrder } = require('./files');
const { totals } = require('./measure');

describe('which files count', () => {
  it('reads the resource and language from a strings file name', () => {
    expect(stringsFileName('ProfileSyncWebPartStrings_nb-no_0a1b2c.js')).toEqual({ resource: 'ProfileSyncWebPartStrings', locale: 'nb-no' });
  });

  it('counts only the largest language of each strings resource', () => {
    const files = [
      { file: 'S_en-us_aa.js', gzipBytes: 1400 }, { file: 'S_nb-no_bb.js', gzipBytes: 1500 }, { file: 'T_en-us_cc.js', gzipBytes: 10 }
    ];
    countLargestStrings(files);
    expect(files.map((entry) => Boolean(entry.counted))).toEqual([false, true, true]);
  });

  it('puts lazy chunks in the total only, and uncounted languages in neither', () => {
    expect(totals([
      { kind: 'initial', gzipBytes: 100 }, { kind: 'lazy', gzipBytes: 30 },
      { kind: 'strings', counted: true, gzipBytes: 5 }, { kind: 'strings', counted: false, gzipBytes: 4 }
    ])).toEqual({ initialJsGzipBytes: 105, totalJsGzipBytes: 135, verdictJsGzipBytes: 105, organisationJsGzipBytes: 0 });
  });

  it('lists the entry first and uncounted strings last', () => {
    const files = [
      { file: 'b.js', kind: 'strings', counted: false }, { file: 'z.js', kind: 'lazy' }, { file: 'y.js', kind: 'initial', entry: true }
    ];
    expect(files.sort(fileOrder).map((entry) => entry.file)).toEqual(['y.js', 'z.js', 'b.js']);
  });
});
