'use strict';
// The web part's speed and frugality, measured: the real page in headless Chromium against the fake
// tenant with LATENCY_MS on every API answer. Run with `npm run bench` (it builds the ship bundle and
// the page first): it measures at LATENCY_MS 0, 100 and 300 and writes bench/results.json (the figures at
// 100, plus every latency under `byLatency` and the fitted line under `fit`) and bench/results.md.
// `LATENCY_MS=300 node bench/run.js` measures one latency and only prints it.
//
// To measure something new: add a step to STEPS (it gets the browser and the fake tenant of one latency
// and returns its figures) and, when it has one, its target to TARGETS.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { createTenant } = require('../tenant/server');
const { measureBundle } = require('../tools/size');
const { chromium, launchChromium } = require('../tools/chromium');
const { photoByteRequests, webPartRequests } = require('../tools/requestCounts');
const { median, fitLine } = require('./stats');
const { measureOrganisation, ORG_TARGETS, ORG_TARGET_TEXT } = require('./organisation');

const LATENCIES = process.env.LATENCY_MS ? [Number(process.env.LATENCY_MS)] : [0, 100, 300];
// results.json's top-level figures are those at this latency (their keys are a contract).
const REPORTED_LATENCY_MS = 100;
const ROUNDS = Number(process.env.BENCH_ROUNDS || 7);
const PERSONA = process.env.BENCH_PERSONA || 'in-sync';
const MOUNT_MARK = 'profile-sync:mount';
const VERDICT_MARK = 'profile-sync:verdict';
const PHOTO_COMPARE_MEASURE = 'profile-sync:photo-compare';
// The organisation view (issue 13) is measured once, at REPORTED_LATENCY_MS, on an organisation of this
// size. BENCH_ONLY=organisation measures only it (and my-profile only the "My profile" view); the part not
// measured keeps its figures from the last bench/results.json.
const ORG_SIZE = Number(process.env.BENCH_ORG_SIZE || 10000);
const ONLY = process.env.BENCH_ONLY || '';
const ORG_KEYS = [
  'orgSize', 'orgScanMs', 'orgConfirmedMs', 'orgConfirmedPeople', 'orgThoroughScanMs', 'orgScanRequests', 'orgRescanRequests',
  'orgThoroughScanRequests', 'orgPeakRequestsPer10s', 'orgPeakHeapMB'
];

/**
 * Targets by figure: `met(value, latencyMs)` and the words for them. The cold verdict's is two round
 * trips plus 30 ms: SharePoint's photo is a 302 from userphoto.aspx to afdcache.ashx, then the bytes
 * (tenant/README.md), and the browser cannot ask for the second before the first answers. Issue 12 asked
 * for one round trip plus 30 ms (ISSUE_TARGETS), measured before the fake tenant played that redirect.
 */
const TARGETS = {
  coldRequests: { text: () => '≤ 3', met: (v) => v <= 3 },
  warmRequests: { text: () => '0', met: (v) => v === 0 },
  revalidatePhotoBytes: { text: () => '0', met: (v) => v === 0 },
  coldVerdictMs: { text: (l) => `≤ ${2 * l + 30} (2 × latency + 30)`, met: (v, l) => v <= 2 * l + 30 },
  warmVerdictMs: { text: () => '≤ 50', met: (v) => v <= 50 },
  photoCompareMs: { text: () => '≤ 10', met: (v) => v <= 10 },
  // The same budgets as `npm run size` (tools/size/budgets.js), in bytes of gzip.
  initialJsGzipBytes: { text: () => '≤ 45,000 (gzip)', met: (v) => v <= 45000 },
  totalJsGzipBytes: { text: () => '≤ 80,000 (gzip)', met: (v) => v <= 80000 }
};
const ISSUE_TARGETS = {
  coldVerdictMs: { text: (l) => `≤ ${l + 30} (latency + 30, as issue 12 asked)`, met: (v, l) => v <= l + 30 }
};

async function requestLog(url) {
  return webPartRequests(await (await fetch(`${url}/__tenant/requests?persona=${PERSONA}`)).json());
}

/** Opens the page and returns the time from the web part's start to its verdict, measured in the page. */
async function view(page, url, query) {
  await page.goto(`${url}/?${new URLSearchParams({ persona: PERSONA, ...query })}`);
  await page.waitForFunction(([verdict]) => performance.getEntriesByName(verdict).length > 0, [VERDICT_MARK], { timeout: 20000 });
  // Revalidation goes on after the cached verdict: wait until the page is done before counting.
  await page.waitForFunction(() => {
    const root = document.querySelector('[data-profile-sync]');
    return root && root.getAttribute('aria-busy') !== 'true';
  }, undefined, { timeout: 20000 });
  return page.evaluate(([mount, verdict, fingerprint]) => ({
    verdictMs: performance.getEntriesByName(verdict)[0].startTime - performance.getEntriesByName(mount)[0].startTime,
    photoCompareMs: performance.getEntriesByName(fingerprint).reduce((sum, e) => sum + e.duration, 0),
    status: document.querySelector('[data-profile-sync]').getAttribute('data-status')
  }), [MOUNT_MARK, VERDICT_MARK, PHOTO_COMPARE_MEASURE]);
}

/** One round of the "My profile" view: cold (empty cache), warm (within the lifetime), revalidating. */
async function myProfileRound(browser, url) {
  await fetch(`${url}/__tenant/reset`, { method: 'POST' });
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    const count = async (load) => {
      const before = (await requestLog(url)).length;
      const result = await load();
      const during = (await requestLog(url)).slice(before);
      return { ...result, requests: during.length, photoBytes: photoByteRequests(during) };
    };
    const cold = await count(() => view(page, url, {}));
    const warm = await count(() => view(page, url, {}));
    const revalidate = await count(() => view(page, url, { cacheMinutes: '0' }));
    if (cold.status !== 'in-sync' || warm.status !== 'in-sync') throw new Error(`Unexpected verdict for ${PERSONA}: ${cold.status} / ${warm.status}`);
    return { cold, warm, revalidate };
  } finally {
    await context.close();
  }
}

/** The "My profile" view: requests and times, medians of ROUNDS rounds after one round not counted. */
async function myProfileStep({ browser, url }) {
  await myProfileRound(browser, url);
  const rounds = [];
  for (let i = 0; i < ROUNDS; i++) rounds.push(await myProfileRound(browser, url));
  const pick = (get) => median(rounds.map(get));
  return {
    coldRequests: pick((r) => r.cold.requests),
    warmRequests: pick((r) => r.warm.requests),
    revalidateRequests: pick((r) => r.revalidate.requests),
    revalidatePhotoBytes: pick((r) => r.revalidate.photoBytes),
    coldVerdictMs: Math.round(pick((r) => r.cold.verdictMs)),
    warmVerdictMs: Math.round(pick((r) => r.warm.verdictMs)),
    photoCompareMs: Math.round(pick((r) => r.cold.photoCompareMs) * 10) / 10
  };
}

/** What is measured at each latency, in this order; each returns figures by name. */
const STEPS = [myProfileStep];

async function measureAt(browser, latencyMs) {
  const tenant = createTenant({ latencyMs });
  const url = (await tenant.listen(0)).replace(/\/$/, '');
  // Draws the persona's photos now rather than during the first view.
  await tenant.state.persona(PERSONA);
  try {
    let figures = { latencyMs };
    for (const step of STEPS) figures = { ...figures, ...(await step({ browser, url, latencyMs })) };
    return figures;
  } finally {
    await tenant.close();
  }
}

/** Figures that are not per latency: the JavaScript, as `npm run size` counts it. */
function bundleFigures() {
  const bundle = measureBundle();
  return {
    initialJsGzipBytes: bundle.initialJsGzipBytes,
    totalJsGzipBytes: bundle.totalJsGzipBytes,
    verdictJsGzipBytes: bundle.verdictJsGzipBytes,
    organisationJsGzipBytes: bundle.organisationJsGzipBytes
  };
}

/** Per time figure, the line through (latency, time): slope in round trips, intercept in ms of our own work. */
function fits(byLatency) {
  const latencies = Object.keys(byLatency).map(Number);
  if (latencies.length < 2) return {};
  const fit = (key) => {
    const { slope, intercept } = fitLine(latencies.map((l) => [l, byLatency[l][key]]));
    return { slope: Math.round(slope * 100) / 100, interceptMs: Math.round(intercept) };
  };
  return { coldVerdictMs: fit('coldVerdictMs'), warmVerdictMs: fit('warmVerdictMs') };
}

function verdictOf(target, value, latencyMs) {
  if (!target) return '';
  return target.met(value, latencyMs) ? 'met' : '**missed**';
}

function latencyTable(figures) {
  const l = figures.latencyMs;
  const rows = Object.keys(figures).filter((key) => key !== 'latencyMs').map((key) => {
    const target = TARGETS[key];
    return `| \`${key}\` | ${figures[key]} | ${target ? target.text(l) : ''} | ${verdictOf(target, figures[key], l)} |`;
  });
  const issueRows = Object.keys(ISSUE_TARGETS).filter((key) => key in figures).map((key) =>
    `| \`${key}\` | ${figures[key]} | ${ISSUE_TARGETS[key].text(l)} | ${verdictOf(ISSUE_TARGETS[key], figures[key], l)} |`);
  return [`### \`LATENCY_MS=${l}\``, '', '| figure | value | target | |', '|---|---|---|---|', ...rows, ...issueRows, ''];
}

async function organisationFigures(browser) {
  // Two tenants of the same size: the quick check on one, the thorough check on the other, each with
  // its own SharePoint limits (a check on one never spends the other's budget).
  const tenants = [0, 1].map(() => createTenant({ latencyMs: REPORTED_LATENCY_MS, orgSize: ORG_SIZE }));
  try {
    const [url, thoroughUrl] = await Promise.all(tenants.map(async (tenant) => (await tenant.listen(0)).replace(/\/$/, '')));
    return await measureOrganisation(browser, url, thoroughUrl);
  } finally {
    await Promise.all(tenants.map((tenant) => tenant.close()));
  }
}

function organisationTable(results) {
  if (!('orgScanMs' in results)) return [];
  const rows = ORG_KEYS.filter((key) => key in results).map((key) => {
    const target = ORG_TARGETS[key];
    const text = ORG_TARGET_TEXT[key];
    return `| \`${key}\` | ${results[key]} | ${text ? text(results) : ''} | ${target ? (target(results[key], results) ? 'met' : '**missed**') : ''} |`;
  });
  return [
    '## Organisation view',
    '',
    `\`LATENCY_MS=${REPORTED_LATENCY_MS}\`, an organisation of ${results.orgSize} people in scope (the fake tenant's \`ORG_SIZE\`=${ORG_SIZE}, less guests and`,
    'disabled accounts), its people index lagging the profiles as the fake tenant plays it by default (tenant/README.md).',
    '- The quick check ("Check everyone"): `orgScanMs` from pressing the button until every person in scope has a verdict on screen',
    '  (SharePoint\'s side from the people index, about 20 search requests), `orgConfirmedMs` until the last suspect is confirmed from',
    '  their profile (`data-status="done"`), `orgConfirmedPeople` how many were read again. Its counts, and those after 1 % of people',
    '  changed in Microsoft 365 and "Check everyone again" (`orgRescanRequests`), equal the fake tenant\'s expected counts, which come',
    '  from the profiles, not the index.',
    '- The thorough check ("Read every profile"): `orgThoroughScanMs`, pressed to done, on a second fake tenant of the same size,',
    '  started once the quick check\'s verdicts were all on screen (it mostly waits out SharePoint\'s 5-minute windows); its counts too.',
    '- Requests are what the page sent during each check (a batch counts once); the peak rate counts each request inside a batch,',
    '  over any 10 s; the heap is Chromium\'s JSHeapUsedSize, sampled every 100 ms, the largest of the three checks.',
    '',
    '| figure | value | target (issues 13 and 18) | |',
    '|---|---|---|---|',
    ...rows,
    '',
    'SharePoint\'s pace: SharePoint publishes 3,000 requests per 5 minutes per user and 3,000 to 15,000 PeopleManager calls per 5 minutes',
    'per tenant (requests in a `$batch` counted one by one), so profiles are read at most 2,000 per 5 minutes',
    '(src/sources/organisation/pacing.ts): one window\'s wait for each further 2,000, which is the target for `orgConfirmedMs` and',
    '`orgThoroughScanMs` (with a minute for the reading itself). The quick check gets under a minute by not reading profiles one by one:',
    'search answers 500 people a request, and only the people whose index entry differs from Microsoft 365 are read again.',
    ''
  ];
}

function markdown(results, machine) {
  const fit = results.fit.coldVerdictMs;
  const warmFit = results.fit.warmVerdictMs;
  return [
    '# Benchmark results',
    '',
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: the real page in headless Chromium against the`,
    `local fake tenant with \`LATENCY_MS\` (${Object.keys(results.byLatency).join(', ')} ms) on every API answer, persona \`${PERSONA}\`, ${ROUNDS} rounds per latency (medians).`,
    'Each round: a cold view (empty browser cache and storage), a warm view (within the cache lifetime) and a',
    'revalidating view (cache lifetime 0). Times are measured in the page with the User Timing API, from the web',
    'part\'s start (its onInit, or the start of its first check, whichever is first) to its verdict on screen, the photo comparison included;',
    '`photoCompareMs` is decoding both photos and taking their fingerprints (each as it arrives; comparing two fingerprints then takes',
    'microseconds). The JavaScript sizes are those of the ship bundle, as `npm run size` counts them; `verdictJsGzipBytes` adds to the',
    'initial JavaScript the chunks that load alongside the first requests (the view, the fingerprint code).',
    'Request counts are what the fake tenant received from the web part (a Graph `$batch` counts as one).',
    '',
    '## Slope and intercept',
    '',
    `- Cold verdict ≈ ${fit.slope} × latency + ${fit.interceptMs} ms: ${fit.slope} round trips, and ${fit.interceptMs} ms that do not depend on the network`,
    '  (our own work, plus the fake tenant\'s and the machine\'s).',
    `- Warm verdict ≈ ${warmFit.slope} × latency + ${warmFit.interceptMs} ms (no request).`,
    '- Why two round trips: all three requests start together, but SharePoint\'s photo is `userphoto.aspx` → 302 →',
    '  `_vti_bin/afdcache.ashx/…` → bytes, as SharePoint Online answers today (tenant/README.md). The verdict compares that photo\'s',
    '  pixels, so it cannot come before the second answer. Issue 12\'s "latency + 30" was measured before the fake tenant played',
    '  that redirect; the target here is "2 × latency + 30", and the issue\'s own is shown beside it, unmet.',
    '',
    ...Object.keys(results.byLatency).flatMap((l) => latencyTable(results.byLatency[l])),
    ...organisationTable(results),
    `Machine: ${machine.cpu} (${machine.cores} cores, shared with other work while measuring), ${machine.memoryGiB} GiB, ${machine.os}; Node ${machine.node}; ${machine.chromium}.`,
    ''
  ].join('\n');
}

function missedTargets(figures) {
  return Object.keys(TARGETS).filter((key) => key in figures && !TARGETS[key].met(figures[key], figures.latencyMs));
}

function lastResults() {
  try {
    return JSON.parse(fs.readFileSync(path.join(__dirname, 'results.json'), 'utf8'));
  } catch {
    return {};
  }
}

async function main() {
  const bundle = bundleFigures();
  const browser = await launchChromium();
  const last = lastResults();
  let byLatency = {};
  let organisation = {};
  try {
    if (ONLY !== 'organisation') for (const latencyMs of LATENCIES) byLatency[latencyMs] = { ...(await measureAt(browser, latencyMs)), ...bundle };
    else byLatency = last.byLatency || {};
    if (ONLY !== 'my-profile' && LATENCIES.includes(REPORTED_LATENCY_MS)) organisation = await organisationFigures(browser);
    else ORG_KEYS.filter((key) => key in last).forEach((key) => { organisation[key] = last[key]; });
  } finally {
    await browser.close();
  }
  console.log(JSON.stringify(organisation, null, 2));
  const missedOrg = Object.keys(ORG_TARGETS).filter((key) => key in organisation && !ORG_TARGETS[key](organisation[key], organisation));
  if (missedOrg.length) console.log(`Missed organisation targets: ${missedOrg.join(', ')}`);
  console.log(JSON.stringify(byLatency, null, 2));
  for (const figures of Object.values(byLatency)) {
    const missed = missedTargets(figures);
    if (missed.length) console.log(`Missed targets at LATENCY_MS=${figures.latencyMs}: ${missed.join(', ')}`);
  }
  if (!(REPORTED_LATENCY_MS in byLatency) || LATENCIES.length < 2) {
    console.log('One latency measured: bench/results.* left as they were (run without LATENCY_MS to write them).');
    return;
  }
  const results = { ...byLatency[REPORTED_LATENCY_MS], ...organisation, byLatency, fit: fits(byLatency) };
  const machine = {
    cpu: os.cpus()[0] ? os.cpus()[0].model.trim() : 'unknown CPU',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: chromium().version
  };
  fs.writeFileSync(path.join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  fs.writeFileSync(path.join(__dirname, 'results.md'), markdown(results, machine));
  console.log(`Cold verdict ≈ ${results.fit.coldVerdictMs.slope} × latency + ${results.fit.coldVerdictMs.interceptMs} ms. Written to bench/results.json and bench/results.md.`);
}

if (require.main === module) main().catch((error) => { console.error(error); process.exit(1); });

module.exports = { TARGETS, ISSUE_TARGETS, STEPS };
