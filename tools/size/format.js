'use strict';
// The report as people read it: plain-text tables of files, budgets and estimated costs.
const { RUNTIME_GROUP } = require('./groups');
const { BUDGET_NAMES } = require('./budgets');

// Groups smaller than this (gzip) are summed into one line of the printed table.
const LISTED_GROUP_MIN_GZIP_BYTES = 1024;

const number = (value) => Math.round(value).toLocaleString('en-US');
const kB = (value) => `${(value / 1000).toFixed(1)} kB`;

/** Columns padded to their widest cell, a dashed rule under the headers; right-aligned where asked. */
function table(headers, rows, alignRight) {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => String(row[column]).length)));
  const line = (cells) => cells.map((cell, column) => (alignRight[column] ? String(cell).padStart(widths[column]) : String(cell).padEnd(widths[column]))).join('  ').trimEnd();
  return [line(headers), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

function fileKind(entry) {
  if (entry.kind === 'strings') return entry.countedIn.length > 0 ? `strings ${entry.locale || ''} (counted)`.replace('  ', ' ') : `strings ${entry.locale || ''} (other language, not counted)`;
  if (entry.kind === 'lazy' || entry.kind === 'organisation') {
    const withOthers = entry.loadedWith.length > 0 ? `, with ${entry.loadedWith.join(', ')}` : '';
    const label = entry.kind === 'organisation' ? 'organisation view' : entry.forVerdict ? 'lazy, before the verdict' : 'lazy';
    return `${label}: import() from ${entry.loadedBy.join(', ') || '?'}${withOthers}`;
  }
  return entry.entry ? 'initial (entry)' : 'initial';
}

const verdict = (value, budget) => (value > budget ? `OVER by ${number(value - budget)}` : `ok, ${number(budget - value)} to spare`);

function budgetTable(report) {
  const bytes = (key) => `${number(report[key] || 0)} (${kB(report[key] || 0)})`;
  const row = (label, key) => [label, bytes(key), `${number(report.budgets[key])} (${kB(report.budgets[key])})`, verdict(report[key], report.budgets[key])];
  const figure = (label, key) => [label, bytes(key), '', 'no budget: shown so nothing hides'];
  return table(['budget', 'gzip bytes', 'limit', 'verdict'], [
    row('initial: starts the requests (entry + initial chunks + one language\'s strings)', 'initialJsGzipBytes'),
    figure('verdict: initial + the chunks loaded alongside the requests (view, fingerprints)', 'verdictJsGzipBytes'),
    row('total: initial + every lazy chunk of the "My profile" view', 'totalJsGzipBytes'),
    figure('organisation view: its own chunks (profile-sync-organisation*), apart from the total', 'organisationJsGzipBytes')
  ], [false, true, true, false]);
}

function groupTable(groups) {
  const listed = groups.filter((entry) => entry.gzipBytes >= LISTED_GROUP_MIN_GZIP_BYTES);
  const rest = groups.filter((entry) => entry.gzipBytes < LISTED_GROUP_MIN_GZIP_BYTES);
  const total = (entries, key) => entries.reduce((n, entry) => n + entry[key], 0);
  const rows = listed.map((entry) => [entry.name, entry.name === RUNTIME_GROUP ? '' : entry.modules, number(entry.minifiedBytes),
    number(entry.initialGzipBytes), number(entry.lazyGzipBytes), number(entry.gzipBytes), number(entry.gzipSavedIfRemovedBytes)]);
  if (rest.length > 0) {
    rows.push([`${rest.length} groups under ${number(LISTED_GROUP_MIN_GZIP_BYTES)} bytes gzip`, total(rest, 'modules'), number(total(rest, 'minifiedBytes')),
      number(total(rest, 'initialGzipBytes')), number(total(rest, 'lazyGzipBytes')), number(total(rest, 'gzipBytes')), '']);
  }
  return table(['group', 'modules', 'minified', 'gzip initial', 'gzip lazy', 'gzip share', 'saved if removed'], rows, [false, true, true, true, true, true, true]);
}

function formatReport(report) {
  const ratios = report.groupEstimate.chunks.map((chunk) => `${chunk.file}: ${(chunk.ratio * 100).toFixed(0)}%${chunk.fallback ? ', some code unparsed' : ''}`);
  return [
    'Web part JavaScript (gzip: node zlib level 9; 1 kB = 1,000 bytes)',
    '',
    table(['file', 'kind', 'raw bytes', 'gzip bytes'],
      report.files.map((entry) => [entry.file, fileKind(entry), number(entry.rawBytes), number(entry.gzipBytes)]), [false, false, true, true]),
    '',
    budgetTable(report),
    '',
    'What each package costs (estimates, largest first; strings files not included):',
    '',
    groupTable(report.groups),
    '',
    `The ${report.largestModules.length} largest modules (estimates):`,
    '',
    table(['module', 'minified', 'gzip share'],
      report.largestModules.map((entry) => [entry.name, number(entry.minifiedBytes), number(entry.gzipBytes)]), [false, true, true]),
    '',
    'Shares come from re-minifying each chunk with esbuild (re-minified size vs the real file: ' + `${ratios.join('; ')}); ` +
      '"saved if removed" is what gzip loses without that group, so those do not add up to the total.'
  ].join('\n');
}

/** The line `npm run size` prints to stderr when a budget is exceeded. */
function overBudgetMessage(report) {
  return `size: OVER BUDGET: ${report.overBudget.map((key) => `${BUDGET_NAMES[key]} JS is ${number(report[key])} bytes gzip, budget ${number(report.budgets[key])}`).join('; ')}.`;
}

module.exports = { formatReport, overBudgetMessage, table, fileKind, verdict };
