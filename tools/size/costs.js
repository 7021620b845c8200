'use strict';
// What each package costs, estimated: each chunk's real raw and gzip sizes are split in proportion to
// each group's share of the re-minified chunk (minify.js). "Saved if removed" is the gzip size of the
// re-minified chunk minus the same without that group, scaled the same way.
const { CODE_FILE, STATS_FILE, STATS_FORMAT } = require('../size-stats-plugin');
const { SizeCheckError, REBUILD_HINT } = require('./errors');
const { readJson } = require('./readBuild');
const { RUNTIME_GROUP } = require('./groups');
const { chunkPieces } = require('./minify');
const { gzipBytes } = require('./gzip');

const LARGEST_MODULES = 10;

const emptyGroup = (name) => ({ name, modules: new Set(), minifiedBytes: 0, gzipBytes: 0, initialGzipBytes: 0, lazyGzipBytes: 0, gzipSavedIfRemovedBytes: 0 });

/**
 * Charges one chunk file's real bytes to the groups and modules its pieces belong to. Pure: adds to
 * the `groups` and `modules` maps; returns the replica's minified size (0 when the chunk has no code).
 */
function chargeChunk(groups, modules, file, pieces) {
  const group = (name) => {
    if (!groups.has(name)) groups.set(name, emptyGroup(name));
    return groups.get(name);
  };
  const replicaBytes = pieces.reduce((sum, piece) => sum + piece.bytes, 0);
  if (replicaBytes === 0) return 0;
  const replicaGzip = gzipBytes(pieces.map((piece) => piece.text).join(''));
  const bytesByGroup = new Map();
  for (const piece of pieces) {
    bytesByGroup.set(piece.group, (bytesByGroup.get(piece.group) || 0) + piece.bytes);
    if (piece.bytes === 0) continue;
    group(piece.group).modules.add(piece.name);
    if (piece.group === RUNTIME_GROUP) continue;
    if (!modules.has(piece.name)) modules.set(piece.name, { name: piece.name, group: piece.group, minifiedBytes: 0, gzipBytes: 0 });
    modules.get(piece.name).minifiedBytes += (piece.bytes / replicaBytes) * file.rawBytes;
    modules.get(piece.name).gzipBytes += (piece.bytes / replicaBytes) * file.gzipBytes;
  }
  for (const [name, bytes] of bytesByGroup) {
    const entry = group(name);
    const share = bytes / replicaBytes;
    entry.minifiedBytes += share * file.rawBytes;
    entry.gzipBytes += share * file.gzipBytes;
    entry[file.kind === 'initial' ? 'initialGzipBytes' : 'lazyGzipBytes'] += share * file.gzipBytes;
    if (bytes > 0) {
      const without = gzipBytes(pieces.filter((piece) => piece.group !== name).map((piece) => piece.text).join(''));
      entry.gzipSavedIfRemovedBytes += ((replicaGzip - without) * file.gzipBytes) / replicaGzip;
    }
  }
  return replicaBytes;
}

/** Groups rounded to whole bytes, largest first, each saying whether it loads initially, lazily or both. */
function roundedGroups(groups) {
  const rounded = Array.from(groups.values()).map((entry) => ({
    name: entry.name,
    where: entry.initialGzipBytes > 0 && entry.lazyGzipBytes > 0 ? 'both' : entry.lazyGzipBytes > 0 ? 'lazy' : 'initial',
    modules: entry.modules.size,
    minifiedBytes: Math.round(entry.minifiedBytes),
    gzipBytes: Math.round(entry.gzipBytes),
    initialGzipBytes: Math.round(entry.initialGzipBytes),
    lazyGzipBytes: Math.round(entry.lazyGzipBytes),
    gzipSavedIfRemovedBytes: Math.max(0, Math.round(entry.gzipSavedIfRemovedBytes))
  }));
  return rounded.sort((a, b) => b.gzipBytes - a.gzipBytes || a.name.localeCompare(b.name));
}

function largest(modules) {
  return Array.from(modules.values())
    .map((entry) => ({ ...entry, minifiedBytes: Math.round(entry.minifiedBytes), gzipBytes: Math.round(entry.gzipBytes) }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes || a.name.localeCompare(b.name))
    .slice(0, LARGEST_MODULES);
}

function costByGroup(root, stats, files) {
  const code = readJson(root, CODE_FILE);
  if (code.format !== STATS_FORMAT || code.hash !== stats.hash) {
    throw new SizeCheckError(`${CODE_FILE} does not come from the same build as ${STATS_FILE}: ${REBUILD_HINT}.`);
  }
  const esbuild = require('esbuild');
  const innerNamesByModuleId = new Map();
  for (const chunk of stats.chunks) {
    for (const module of chunk.modules) {
      if (module.modules) innerNamesByModuleId.set(String(module.id), new Set(module.modules.map((inner) => inner.name)));
    }
  }
  const groups = new Map();
  const modules = new Map();
  const chunkEstimates = [];
  for (const file of files.filter((entry) => entry.kind !== 'strings')) {
    const chunkCode = code.chunks[String(file.chunkId)];
    if (!chunkCode) throw new SizeCheckError(`${CODE_FILE} has no code for chunk ${file.chunk}: ${REBUILD_HINT}.`);
    const { pieces, fallback } = chunkPieces(esbuild, chunkCode, innerNamesByModuleId);
    const replicaBytes = chargeChunk(groups, modules, file, pieces);
    if (replicaBytes === 0) continue;
    chunkEstimates.push({ file: file.file, replicaMinifiedBytes: replicaBytes, realRawBytes: file.rawBytes, ratio: +(replicaBytes / file.rawBytes).toFixed(3), fallback });
  }
  return { groups: roundedGroups(groups), largestModules: largest(modules), chunkEstimates };
}

module.exports = { costByGroup, chargeChunk, roundedGroups };
