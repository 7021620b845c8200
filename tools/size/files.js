'use strict';
// Which JavaScript files the build made, and what kind each is: initial, lazy or strings.
// The strings files (ProfileSyncWebPartStrings_<locale>_<hash>.js) are not webpack chunks: SharePoint
// loads the page language's file before the entry bundle runs, so the largest of them counts once in
// both totals and the other languages count nowhere.
const { readDistFile } = require('./readBuild');
const { gzipBytes } = require('./gzip');
const { assignViews } = require('./views');

function chunkLabel(chunk) {
  return chunk.names && chunk.names.length > 0 ? chunk.names.join(', ') : `chunk ${chunk.id}`;
}

/** The resource a strings file serves and its language, from names like `Strings_nb-no_1a2b.js`. */
function stringsFileName(file) {
  const match = /^(.+)_([a-z]{2,3}(?:-[a-z0-9]+)*)_[0-9a-f]+\.js$/i.exec(file);
  return match ? { resource: match[1], locale: match[2] } : { resource: file, locale: null };
}

/** Marks, per resource, the largest language file as counted: one language per page, so none is over budget. */
function countLargestStrings(entries) {
  const byResource = new Map();
  for (const entry of entries) {
    const { resource } = stringsFileName(entry.file);
    if (!byResource.has(resource)) byResource.set(resource, []);
    byResource.get(resource).push(entry);
  }
  for (const group of byResource.values()) {
    group.reduce((largest, entry) => (entry.gzipBytes > largest.gzipBytes ? entry : largest)).counted = true;
  }
}

/** Entry first, then initial, lazy, counted strings and other strings; by name within each. */
function fileOrder(a, b) {
  const rank = (entry) => (entry.entry ? 0 : entry.kind === 'initial' ? 1 : entry.kind === 'lazy' ? 2 : entry.kind === 'organisation' ? 3 : entry.counted ? 4 : 5);
  return rank(a) - rank(b) || a.file.localeCompare(b.file);
}

/** Every JS file of the build, with its kind: initial, lazy, organisation (see views.js) or strings. */
function classifyFiles(root, stats) {
  const assetSize = new Map(stats.assets.map((asset) => [asset.name, asset.size]));
  const chunkById = new Map(stats.chunks.map((chunk) => [String(chunk.id), chunk]));
  const labels = (ids) => (ids || []).map((id) => chunkById.get(String(id))).filter(Boolean).map(chunkLabel);
  const files = [];
  for (const chunk of stats.chunks) {
    for (const file of chunk.files.filter((name) => name.endsWith('.js'))) {
      const content = readDistFile(root, file, assetSize.get(file));
      // webpack's own flag: an initial chunk belongs to an entry point's chunk group and is loaded with
      // the entry; every other chunk is only reachable through import().
      const kind = chunk.initial ? 'initial' : 'lazy';
      files.push({
        file, kind, chunkId: chunk.id, chunk: chunkLabel(chunk), entry: Boolean(chunk.entry),
        loadedBy: chunk.initial ? [] : labels(chunk.parents), loadedWith: chunk.initial ? [] : labels(chunk.siblings),
        rawBytes: content.length, gzipBytes: gzipBytes(content), content
      });
    }
  }
  const chunkFiles = new Set(files.map((entry) => entry.file));
  const strings = stats.assets
    .filter((asset) => asset.name.endsWith('.js') && !chunkFiles.has(asset.name) && (asset.chunks || []).length === 0)
    .map((asset) => {
      const content = readDistFile(root, asset.name, asset.size);
      return { file: asset.name, kind: 'strings', locale: stringsFileName(asset.name).locale, rawBytes: content.length, gzipBytes: gzipBytes(content), counted: false };
    });
  countLargestStrings(strings);
  return [...assignViews(files), ...strings].sort(fileOrder);
}

module.exports = { classifyFiles, countLargestStrings, stringsFileName, fileOrder };
