'use strict';
// Reading what the last ship build left: dist/ and the stats tools/size-stats-plugin.js wrote to temp/.
// Every way those can be missing, stale or foreign ends in a SizeCheckError that says what to run.
const fs = require('fs');
const path = require('path');
const { STATS_FILE, STATS_FORMAT } = require('../size-stats-plugin');
const { SizeCheckError, REBUILD_HINT } = require('./errors');

const DIST = 'dist';

function readJson(root, file) {
  const full = path.join(root, file);
  if (!fs.existsSync(full)) {
    throw new SizeCheckError(`${file} is missing, so there is nothing to measure: ${REBUILD_HINT}. ` +
      'Debug builds (`gulp bundle` without --ship) do not write it.');
  }
  try {
    return JSON.parse(fs.readFileSync(full, 'utf8'));
  } catch (error) {
    throw new SizeCheckError(`${file} is not readable JSON (${error.message}): ${REBUILD_HINT}.`);
  }
}

function checkStats(stats) {
  if (stats.format !== STATS_FORMAT || !Array.isArray(stats.chunks) || !Array.isArray(stats.assets)) {
    throw new SizeCheckError(`${STATS_FILE} is not in the format this script reads (format ${STATS_FORMAT}): ${REBUILD_HINT}.`);
  }
  const entryChunks = stats.chunks.filter((chunk) => chunk.entry && chunk.files.some((file) => file.endsWith('.js')));
  if (entryChunks.length === 0) {
    throw new SizeCheckError(`${STATS_FILE} names no entry bundle (no chunk with entry: true and a .js file), so ` +
      `the initial JavaScript cannot be told apart: ${REBUILD_HINT}; if it persists, check config/config.json "bundles".`);
  }
}

/** The build's stats, checked to be in the format we read. */
function readStats(root) {
  const stats = readJson(root, STATS_FILE);
  checkStats(stats);
  return stats;
}

function readDistFile(root, file, expectedSize) {
  const full = path.join(root, DIST, file);
  if (!fs.existsSync(full)) {
    throw new SizeCheckError(`${DIST}/${file}, named by ${STATS_FILE}, is missing (dist was cleaned or rebuilt since): ${REBUILD_HINT}.`);
  }
  const content = fs.readFileSync(full);
  if (typeof expectedSize === 'number' && content.length !== expectedSize) {
    throw new SizeCheckError(`${DIST}/${file} is ${content.length} bytes but the build that wrote ${STATS_FILE} ` +
      `emitted ${expectedSize}: the stats are stale; ${REBUILD_HINT}.`);
  }
  return content;
}

module.exports = { readJson, readStats, readDistFile };
