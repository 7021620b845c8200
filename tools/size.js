'use strict';
// Bundle-size budget for the web part: `npm run size` builds the ship bundle, then this script
// measures it and exits 1 when it is over budget.
//
// Budgets, in gzip bytes (zlib, level 9), kB = 1,000 bytes (the stricter reading of "65 KB"):
// - initial: the JavaScript needed before the verdict: the entry bundle, every chunk webpack marks as
//   initial (loaded with the entry, never through `import()`) and one language's strings;
// - total: all of the web part's JavaScript: initial plus every lazy chunk (`import()`) it can load.
// The strings files (ProfileSyncWebPartStrings_<locale>_<hash>.js) are not webpack chunks: SharePoint
// loads the page language's file before the entry bundle runs, so the largest of them counts once in
// both totals and the other languages count nowhere.
//
// Which modules went into which chunk comes from temp/webpack-stats.json and
// temp/webpack-module-code.json, written by tools/size-stats-plugin.js during ship builds (see
// gulpfile.js). What each package costs is an estimate: the bundle is mostly one concatenated module,
// so the real minified file has no module boundaries. We minify each chunk's pre-minification code
// again with esbuild, with a marker comment at each module's start, and split the chunk's real raw
// and gzip sizes in proportion to each package's share of that re-minified code. "Saved if removed"
// is the gzip size of the re-minified chunk minus the same without that package, scaled the same way.
//
// Other scripts: `require('./tools/size').measureBundle()` after a ship build returns the figures
// written to temp/size.json, without printing or exiting; it throws SizeCheckError when it cannot measure.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { STATS_FILE, CODE_FILE, STATS_FORMAT } = require('./size-stats-plugin');

const BUDGETS = { initialJsGzipBytes: 65000, totalJsGzipBytes: 100000 };
// Groups smaller than this (gzip) are summed into one line of the printed table.
const LISTED_GROUP_MIN_GZIP_BYTES = 1024;
const LARGEST_MODULES = 10;
const REPORT_FILE = 'temp/size.json';
const DIST = 'dist';
const RUNTIME_GROUP = '(webpack runtime and glue)';
const REBUILD_HINT = 'run `npm run size` (or `gulp bundle --ship`, whose webpack step writes the stats)';

class SizeCheckError extends Error {}

const gzipBytes = (content) => zlib.gzipSync(content, { level: 9 }).length;

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

/** The package or source folder a module belongs to, e.g. `@fluentui/react`, `src/profile`. */
function groupOf(moduleName) {
  const name = moduleName.split('!').pop().replace(/ \+ \d+ modules$/, '');
  if (/^webpack\/runtime\//.test(name) || /^(external|ignored) /.test(name)) return RUNTIME_GROUP;
  const packageStart = name.lastIndexOf('node_modules/');
  if (packageStart >= 0) {
    const parts = name.slice(packageStart + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  // lib/ is what tsc makes of src/; name the folder people edit.
  const compiled = /^\.\/lib\/(.+)$/.exec(name);
  if (compiled) {
    const parts = compiled[1].split('/');
    return parts.length > 1 ? `src/${parts[0]}` : 'src';
  }
  return name.replace(/^\.\//, '').split('/').slice(0, 2).join('/');
}

// ---- which files, initial or lazy ----------------------------------------------------------------

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

function chunkLabel(chunk) {
  return chunk.names && chunk.names.length > 0 ? chunk.names.join(', ') : `chunk ${chunk.id}`;
}

/** Every JS file of the build, with its kind: initial, lazy or strings. */
function classifyFiles(root, stats) {
  const assetSize = new Map(stats.assets.map((asset) => [asset.name, asset.size]));
  const chunkById = new Map(stats.chunks.map((chunk) => [String(chunk.id), chunk]));
  const files = [];
  for (const chunk of stats.chunks) {
    for (const file of chunk.files.filter((name) => name.endsWith('.js'))) {
      const content = readDistFile(root, file, assetSize.get(file));
      // webpack's own flag: an initial chunk belongs to an entry point's chunk group and is loaded with
      // the entry; every other chunk is only reachable through import().
      const kind = chunk.initial ? 'initial' : 'lazy';
      const labels = (ids) => (ids || []).map((id) => chunkById.get(String(id))).filter(Boolean).map(chunkLabel);
      files.push({
        file, kind, chunkId: chunk.id, chunk: chunkLabel(chunk), entry: Boolean(chunk.entry),
        loadedBy: chunk.initial ? [] : labels(chunk.parents), loadedWith: chunk.initial ? [] : labels(chunk.siblings),
        rawBytes: content.length, gzipBytes: gzipBytes(content), content
      });
    }
  }
  const chunkFiles = new Set(files.map((entry) => entry.file));
  const strings = stats.assets.filter((asset) => asset.name.endsWith('.js') && !chunkFiles.has(asset.name) && (asset.chunks || []).length === 0);
  const byResource = new Map();
  for (const asset of strings) {
    const content = readDistFile(root, asset.name, asset.size);
    const match = /^(.+)_([a-z]{2,3}(?:-[a-z0-9]+)*)_[0-9a-f]+\.js$/i.exec(asset.name);
    const resource = match ? match[1] : asset.name;
    const entry = { file: asset.name, kind: 'strings', locale: match ? match[2] : null, rawBytes: content.length, gzipBytes: gzipBytes(content), counted: false };
    files.push(entry);
    if (!byResource.has(resource)) byResource.set(resource, []);
    byResource.get(resource).push(entry);
  }
  // One language per page: count the largest, so no language is over budget.
  for (const entries of byResource.values()) {
    entries.reduce((largest, entry) => (entry.gzipBytes > largest.gzipBytes ? entry : largest)).counted = true;
  }
  const order = (entry) => (entry.entry ? 0 : entry.kind === 'initial' ? 1 : entry.kind === 'lazy' ? 2 : entry.counted ? 3 : 4);
  return files.sort((a, b) => order(a) - order(b) || a.file.localeCompare(b.file));
}

// ---- what each package costs -----------------------------------------------------------------------

const MARKER = /\/\*! @@size:(\d+) \*\//g;
const marker = (index) => `\n/*! @@size:${index} */\n`;

/** Splits a concatenated module's code at the comments webpack puts before each module it inlined. */
function concatenatedSections(code, innerNames) {
  const sections = [];
  let group = RUNTIME_GROUP;
  let name = '(concatenation glue)';
  let start = 0;
  const boundary = /^(?:;\/\/ (.+)|\/\/ NAMESPACE OBJECT: (.+)|\/\/ EXTERNAL MODULE: (.+))$/gm;
  let match;
  while ((match = boundary.exec(code)) !== null) {
    const moduleName = match[1] || match[2];
    if (moduleName && !innerNames.has(moduleName)) continue; // a line of code that only looks like a boundary
    sections.push({ group, name, code: code.slice(start, match.index) });
    group = moduleName ? groupOf(moduleName) : RUNTIME_GROUP;
    name = moduleName || match[3];
    start = match.index;
  }
  sections.push({ group, name, code: code.slice(start) });
  return sections;
}

/** Minifies marked code with esbuild and returns the text each section became, or null if esbuild cannot parse it. */
function minifiedSections(esbuild, sections, wrap, options) {
  const source = sections.map((section, index) => marker(index) + wrap(section.code)).join('');
  let output;
  try {
    output = esbuild.transformSync(source, { loader: 'js', minify: true, legalComments: 'inline', logLevel: 'silent', ...options }).code;
  } catch (error) {
    return null;
  }
  const texts = sections.map(() => '');
  let current = 0;
  let start = 0;
  // Licence comments are extracted from the real bundle; keep them out of the shares.
  // webpack's own names are parameters of the module function in the real bundle, so terser shortens them.
  const take = (end) => {
    texts[current] += output.slice(start, end).replace(/\/\*![\s\S]*?\*\//g, '').replace(/\b__(?:unused_)?webpack_\w+/g, 'n').trim();
  };
  let match;
  MARKER.lastIndex = 0;
  while ((match = MARKER.exec(output)) !== null) {
    take(match.index);
    current = Number(match[1]);
    start = match.index + match[0].length;
  }
  take(output.length);
  return texts;
}

// Each module's generated code is the body of its function in the bundle, or for a concatenated module
// the shared scope of everything it inlined. Minified as the top level of an ES module, esbuild drops
// what nothing uses, as terser does inside those functions in the real build.
const AS_MODULE_SCOPE = [(code) => code, { format: 'esm', treeShaking: true }];
// Sloppy-mode code (no "use strict", `with`, octal escapes) does not parse as an ES module.
const AS_FUNCTION = [(code) => `__module(function(module,exports,__webpack_require__){${code}\n});`, {}];

function minifyModule(esbuild, sections) {
  for (const [wrap, options] of [AS_MODULE_SCOPE, AS_FUNCTION]) {
    const texts = minifiedSections(esbuild, sections, wrap, options);
    if (texts) return { texts, fallback: false };
  }
  // Code esbuild cannot parse still gets a share, by its unminified size.
  return { texts: sections.map((section) => section.code), fallback: true };
}

/** The re-minified text of one chunk, cut into pieces that each belong to one group. */
function chunkPieces(esbuild, chunkCode, innerNamesByModuleId) {
  const pieces = [];
  let fallback = false;
  for (const module of chunkCode) {
    const sections = module.kind === 'concatenated'
      ? concatenatedSections(module.code, innerNamesByModuleId.get(String(module.id)) || new Set())
      : [{ group: groupOf(module.name), name: module.name, code: module.code }];
    const result = minifyModule(esbuild, sections);
    fallback = fallback || result.fallback;
    sections.forEach((section, index) => {
      const text = result.texts[index];
      pieces.push({ group: section.group, name: section.name, bytes: Buffer.byteLength(text), text });
    });
  }
  return { pieces, fallback };
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
  const group = (name) => {
    if (!groups.has(name)) {
      groups.set(name, { name, modules: new Set(), minifiedBytes: 0, gzipBytes: 0, initialGzipBytes: 0, lazyGzipBytes: 0, gzipSavedIfRemovedBytes: 0 });
    }
    return groups.get(name);
  };
  const modules = new Map();
  const chunkEstimates = [];
  for (const file of files.filter((entry) => entry.kind !== 'strings')) {
    const chunkCode = code.chunks[String(file.chunkId)];
    if (!chunkCode) throw new SizeCheckError(`${CODE_FILE} has no code for chunk ${file.chunk}: ${REBUILD_HINT}.`);
    const { pieces, fallback } = chunkPieces(esbuild, chunkCode, innerNamesByModuleId);
    const replicaBytes = pieces.reduce((sum, piece) => sum + piece.bytes, 0);
    if (replicaBytes === 0) continue;
    const replicaGzip = gzipBytes(pieces.map((piece) => piece.text).join(''));
    chunkEstimates.push({ file: file.file, replicaMinifiedBytes: replicaBytes, realRawBytes: file.rawBytes, ratio: +(replicaBytes / file.rawBytes).toFixed(3), fallback });
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
  }
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
  rounded.sort((a, b) => b.gzipBytes - a.gzipBytes || a.name.localeCompare(b.name));
  const largestModules = Array.from(modules.values())
    .map((entry) => ({ ...entry, minifiedBytes: Math.round(entry.minifiedBytes), gzipBytes: Math.round(entry.gzipBytes) }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes || a.name.localeCompare(b.name))
    .slice(0, LARGEST_MODULES);
  return { groups: rounded, largestModules, chunkEstimates };
}

// ---- the report ------------------------------------------------------------------------------------

/**
 * Measures the last ship build (dist/ plus the stats the build wrote to temp/). Returns
 * { initialJsGzipBytes, totalJsGzipBytes, budgets, overBudget, files, groups, ... }; never exits.
 */
function measureBundle(options = {}) {
  const root = options.root || path.join(__dirname, '..');
  const stats = readJson(root, STATS_FILE);
  checkStats(stats);
  const files = classifyFiles(root, stats);
  if (!files.some((entry) => entry.entry)) {
    throw new SizeCheckError(`No entry bundle among the files of ${STATS_FILE}: ${REBUILD_HINT}.`);
  }
  const counted = (entry) => entry.kind !== 'strings' || entry.counted;
  const sum = (entries) => entries.reduce((total, entry) => total + entry.gzipBytes, 0);
  const initialJsGzipBytes = sum(files.filter((entry) => counted(entry) && entry.kind !== 'lazy'));
  const totalJsGzipBytes = sum(files.filter(counted));
  const { groups, largestModules, chunkEstimates } = costByGroup(root, stats, files);
  const overBudget = [];
  if (initialJsGzipBytes > BUDGETS.initialJsGzipBytes) overBudget.push('initialJsGzipBytes');
  if (totalJsGzipBytes > BUDGETS.totalJsGzipBytes) overBudget.push('totalJsGzipBytes');
  return {
    initialJsGzipBytes,
    totalJsGzipBytes,
    budgets: { ...BUDGETS },
    overBudget,
    gzip: 'node zlib, level 9; 1 kB = 1,000 bytes',
    build: { webpackHash: stats.hash, builtAt: stats.builtAt ? new Date(stats.builtAt).toISOString() : null },
    files: files.map((entry) => ({
      file: entry.file,
      kind: entry.kind,
      countedIn: entry.kind === 'lazy' ? ['total'] : entry.kind === 'strings' && !entry.counted ? [] : ['initial', 'total'],
      rawBytes: entry.rawBytes,
      gzipBytes: entry.gzipBytes,
      ...(entry.kind === 'strings' ? { locale: entry.locale } : { chunk: entry.chunk, entry: entry.entry, loadedBy: entry.loadedBy, loadedWith: entry.loadedWith })
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

const number = (value) => Math.round(value).toLocaleString('en-US');
const kB = (value) => `${(value / 1000).toFixed(1)} kB`;

function table(headers, rows, alignRight) {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => String(row[column]).length)));
  const line = (cells) => cells.map((cell, column) => (alignRight[column] ? String(cell).padStart(widths[column]) : String(cell).padEnd(widths[column]))).join('  ').trimEnd();
  return [line(headers), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

function formatReport(report) {
  const out = [];
  const fileKind = (entry) => {
    if (entry.kind === 'strings') return entry.countedIn.length > 0 ? `strings ${entry.locale || ''} (counted)`.replace('  ', ' ') : `strings ${entry.locale || ''} (other language, not counted)`;
    if (entry.kind === 'lazy') {
      const withOthers = entry.loadedWith.length > 0 ? `, with ${entry.loadedWith.join(', ')}` : '';
      return `lazy: import() from ${entry.loadedBy.join(', ') || '?'}${withOthers}`;
    }
    return entry.entry ? 'initial (entry)' : 'initial';
  };
  out.push('Web part JavaScript (gzip: node zlib level 9; 1 kB = 1,000 bytes)');
  out.push('');
  out.push(table(['file', 'kind', 'raw bytes', 'gzip bytes'],
    report.files.map((entry) => [entry.file, fileKind(entry), number(entry.rawBytes), number(entry.gzipBytes)]), [false, false, true, true]));
  out.push('');
  const verdict = (value, budget) => (value > budget ? `OVER by ${number(value - budget)}` : `ok, ${number(budget - value)} to spare`);
  out.push(table(['budget', 'gzip bytes', 'limit', 'verdict'], [
    ['initial: before the verdict (entry + initial chunks + one language\'s strings)', `${number(report.initialJsGzipBytes)} (${kB(report.initialJsGzipBytes)})`, `${number(report.budgets.initialJsGzipBytes)} (${kB(report.budgets.initialJsGzipBytes)})`, verdict(report.initialJsGzipBytes, report.budgets.initialJsGzipBytes)],
    ['total: initial + every lazy chunk', `${number(report.totalJsGzipBytes)} (${kB(report.totalJsGzipBytes)})`, `${number(report.budgets.totalJsGzipBytes)} (${kB(report.budgets.totalJsGzipBytes)})`, verdict(report.totalJsGzipBytes, report.budgets.totalJsGzipBytes)]
  ], [false, true, true, false]));
  out.push('');
  const listed = report.groups.filter((entry) => entry.gzipBytes >= LISTED_GROUP_MIN_GZIP_BYTES);
  const rest = report.groups.filter((entry) => entry.gzipBytes < LISTED_GROUP_MIN_GZIP_BYTES);
  const total = (entries, key) => entries.reduce((n, entry) => n + entry[key], 0);
  const rows = listed.map((entry) => [entry.name, entry.name === RUNTIME_GROUP ? '' : entry.modules, number(entry.minifiedBytes),
    number(entry.initialGzipBytes), number(entry.lazyGzipBytes), number(entry.gzipBytes), number(entry.gzipSavedIfRemovedBytes)]);
  if (rest.length > 0) {
    rows.push([`${rest.length} groups under ${number(LISTED_GROUP_MIN_GZIP_BYTES)} bytes gzip`, total(rest, 'modules'), number(total(rest, 'minifiedBytes')),
      number(total(rest, 'initialGzipBytes')), number(total(rest, 'lazyGzipBytes')), number(total(rest, 'gzipBytes')), '']);
  }
  out.push('What each package costs (estimates, largest first; strings files not included):');
  out.push('');
  out.push(table(['group', 'modules', 'minified', 'gzip initial', 'gzip lazy', 'gzip share', 'saved if removed'], rows, [false, true, true, true, true, true, true]));
  out.push('');
  out.push(`The ${report.largestModules.length} largest modules (estimates):`);
  out.push('');
  out.push(table(['module', 'minified', 'gzip share'],
    report.largestModules.map((entry) => [entry.name, number(entry.minifiedBytes), number(entry.gzipBytes)]), [false, true, true]));
  const ratios = report.groupEstimate.chunks.map((chunk) => `${chunk.file}: ${(chunk.ratio * 100).toFixed(0)}%${chunk.fallback ? ', some code unparsed' : ''}`);
  out.push('');
  out.push('Shares come from re-minifying each chunk with esbuild (re-minified size vs the real file: ' + `${ratios.join('; ')}); ` +
    '"saved if removed" is what gzip loses without that group, so those do not add up to the total.');
  return out.join('\n');
}

function main() {
  const root = path.join(__dirname, '..');
  let report;
  try {
    report = measureBundle({ root });
  } catch (error) {
    if (!(error instanceof SizeCheckError)) throw error;
    console.error(`size: cannot measure the bundle: ${error.message}`);
    process.exit(2);
  }
  fs.mkdirSync(path.join(root, path.dirname(REPORT_FILE)), { recursive: true });
  fs.writeFileSync(path.join(root, REPORT_FILE), `${JSON.stringify(report, null, 2)}\n`);
  console.log(formatReport(report));
  console.log(`\nFigures written to ${REPORT_FILE}.`);
  if (report.overBudget.length > 0) {
    const names = { initialJsGzipBytes: 'initial', totalJsGzipBytes: 'total' };
    console.error(`\nsize: OVER BUDGET: ${report.overBudget.map((key) => `${names[key]} JS is ${number(report[key])} bytes gzip, budget ${number(report.budgets[key])}`).join('; ')}.`);
    process.exit(1);
  }
}

if (require.main === module) main();

module.exports = { measureBundle, formatReport, groupOf, BUDGETS, SizeCheckError };
