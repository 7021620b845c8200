'use strict';
const path = require('path');

/** The `count` slowest files, slowest first (equal times keep their order). */
function slowest(files, count) {
  return files
    .filter((file) => Number.isFinite(file.ms) && file.ms >= 0)
    .map((file, index) => ({ file, index }))
    .sort((a, b) => b.file.ms - a.file.ms || a.index - b.index)
    .slice(0, count)
    .map(({ file }) => file);
}

/** "Slowest test files:" and one line a file: seconds with one decimal, then its path from the root. */
function formatSlowest(files, rootDir) {
  if (files.length === 0) return [];
  const width = Math.max(...files.map((file) => (file.ms / 1000).toFixed(1).length));
  return [`Slowest ${files.length} test files:`].concat(files.map((file) =>
    `  ${(file.ms / 1000).toFixed(1).padStart(width)} s  ${path.relative(rootDir, file.path).split(path.sep).join('/')}`));
}

module.exports = { slowest, formatSlowest };
