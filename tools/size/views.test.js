'use strict';
const { assignViews } = require('./views');
const { totals } = require('./measure');
const { fileKind } = require('./format');

const lazy = (chunk, gzipBytes, loadedBy = ['profile-sync-web-part'], loadedWith = []) =>
  ({ file: `chunk.${chunk}.js`, kind: 'lazy', chunk, entry: false, loadedBy, loadedWith, gzipBytes });

function build() {
  return assignViews([
    { file: 'web-part.js', kind: 'initial', chunk: 'profile-sync-web-part', entry: true, loadedBy: [], loadedWith: [], gzipBytes: 30000 },
    lazy('profile-sync-view', 4000, ['profile-sync-web-part'], ['chunk 733']),
    lazy('chunk 733', 8000, ['profile-sync-web-part'], ['profile-sync-view']),
    lazy('profile-sync-pixels', 1200),
    lazy('profile-sync-details', 10000, ['profile-sync-view']),
    lazy('profile-sync-organisation', 9000),
    lazy('profile-sync-organisation-table', 3000, ['profile-sync-organisation']),
    // Split off by webpack and loaded only by the organisation view's chunks.
    lazy('chunk 901', 2000, ['profile-sync-organisation', 'profile-sync-organisation-table'])
  ]).concat([{ file: 'S_nb-no_ab.js', kind: 'strings', counted: true, gzipBytes: 4000 }]);
}

describe('the views a file belongs to', () => {
  it('counts the organisation view\'s chunks apart: they are not in the "My profile" view\'s total', () => {
    const figures = totals(build());
    expect(figures.organisationJsGzipBytes).toBe(9000 + 3000 + 2000);
    expect(figures.totalJsGzipBytes).toBe(30000 + 4000 + 8000 + 1200 + 10000 + 4000);
    expect(figures.initialJsGzipBytes).toBe(34000);
  });

  it('counts in "verdict" the view, the fingerprint code and what webpack split off to load with them, not the details', () => {
    expect(totals(build()).verdictJsGzipBytes).toBe(34000 + 4000 + 8000 + 1200);
  });

  it('says in the report which view a lazy file belongs to', () => {
    const byChunk = new Map(build().map((entry) => [entry.chunk, entry]));
    expect(fileKind(byChunk.get('profile-sync-organisation-table'))).toBe('organisation view: import() from profile-sync-organisation');
    expect(fileKind(byChunk.get('profile-sync-view'))).toBe('lazy, before the verdict: import() from profile-sync-web-part, with chunk 733');
    expect(fileKind(byChunk.get('profile-sync-details'))).toBe('lazy: import() from profile-sync-view');
  });

  it('counts apart what webpack split off to load with the organisation view alone, not what it shares with the details', () => {
    const [own, shared] = assignViews([
      lazy('chunk 443', 9000, ['profile-sync-web-part'], ['profile-sync-organisation', 'chunk 813']),
      lazy('chunk 813', 3000, ['profile-sync-web-part', 'profile-sync-view'], ['profile-sync-organisation', 'chunk 443', 'profile-sync-details', 'chunk 600'])
    ]);
    expect(own.kind).toBe('organisation');
    expect(shared.kind).toBe('lazy');
  });

  it('leaves a chunk both views load in the "My profile" total', () => {
    const [shared] = assignViews([lazy('chunk 500', 700, ['profile-sync-view', 'profile-sync-organisation'])]);
    expect(shared.kind).toBe('lazy');
  });
});
