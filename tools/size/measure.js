'use strict';
// The figures for the last ship build: what `npm run size` prints and the benchmark records.
const path = require('path');
const { STATS_FILE } = require('../size-stats-plugin');
const { SizeCheckError, REBUILD_HINT } = require('./errors');
const { readStats } = require('./readBuild');
const { classifyFiles } = require('./files');
const { costByGroup } = require('./costs');
const { BUDGETS, overBudget } = require('./budgets');
const { ORGANISATION_CHUNK_PREFIX } = require('./views');

const countedIn = (entry) => {
  if (entry.kind === 'organisation') return ['organisation'];
  if (entry.kind === 'lazy') return entry.forVerdict ? ['verdict', 'total'] : ['total'];
  return entry.kind === 'strings' && !entry.counted ? [] : ['initial', 'verdict', 'total'];
};

/**
 * The figures of classified files: initial (entry, initial chunks, one language's strings), verdict
 * (initial plus the lazy chunks the verdict waits for), total (the "My profile" view: everything but
 * the organisation view) and the organisation view's own chunks. Strings count only for the language
 * that is counted.
 */
function totals(files) {
  const sum = (key) => files.filter((entry) => countedIn(entry).includes(key)).reduce((total, entry) => total + entry.gzipBytes, 0);
  return {
    initialJsGzipBytes: sum('initial'),
    totalJsGzipBytes: sum('total'),
    verdictJsGzipBytes: sum('verdict'),
    organisationJsGzipBytes: sum('organisation')
  };
}

/**
 * Measures the last ship build (dist/ plus the stats the build wrote to temp/). Returns
 * { initialJsGzipBytes, totalJsGzipBytes, verdictJsGzipBytes, organisationJsGzipBytes, budgets, overBudget,
 * files, groups, ... }; never exits.
 */
function measureBundle(options = {}) {
  const root = options.root || path.join(__dirname, '..', '..');
  const stats = readStats(root);
  const files = classifyFiles(root, stats);
  if (!files.some((entry) => entry.entry)) {
    throw new SizeCheckError(`No entry bundle among the files of ${STATS_FILE}: ${REBUILD_HINT}.`);
  }
  const figures = totals(files);
  const { groups, largestModules, chunkEstimates } = costByGroup(root, stats, files);
  return {
    ...figures,
    budgets: { ...BUDGETS },
    overBudget: overBudget(figures),
    organisationChunkPrefix: ORGANISATION_CHUNK_PREFIX,
    gzip: 'node zlib, level 9; 1 kB = 1,000 bytes',
    build: { webpackHash: stats.hash, builtAt: stats.builtAt ? new Date(stats.builtAt).toISOString() : null },
    files: files.map((entry) => ({
      file: entry.file,
      kind: entry.kind,
      countedIn: countedIn(entry),
      rawBytes: entry.rawBytes,
      gzipBytes: entry.gzipBytes,
      ...(entry.kind === 'strings' ? { locale: entry.locale } : { chunk: entry.chunk, entry: entry.entry, loadedBy: entry.loadedBy, loadedWith: entry.loadedWith, forVerdict: Boolean(entry.forVerdict) })
    })),
    groups,
    largestModules,
    groupEstimate: {
      method: 'each chunk\'s real raw and gzip bytes split by the package\'s share of the chunk re-minified with esbuild; ' +
        'gzipSavedIfRemovedBytes = gzip of that re-minified chunk minus the same without the package, scaled to the real gzip',
      chunks: chunkEstimates
    }
  };
}

module.exports = { measureBundle, totals, countedIn };
