'use strict';
// The web part's speed and frugality, measured: the real page in headless Chromium against the fake
// tenant with LATENCY_MS on every API answer. Writes bench/results.json and bench/results.md.
// Run with `npm run bench` (it builds the ship bundle and the page first).
const fs = require('fs');
const os = require('os');
const path = require('path');
const { createTenant } = require('../tenant/server');
const { measureBundle } = require('../tools/size');
const { chromium, launchChromium } = require('../tools/chromium');
const { photoByteRequests, webPartRequests } = require('../tools/requestCounts');

const LATENCY_MS = Number(process.env.LATENCY_MS || 100);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 7);
const PERSONA = process.env.BENCH_PERSONA || 'in-sync';
const MOUNT_MARK = 'profile-sync:mount';
const VERDICT_MARK = 'profile-sync:verdict';
const PHOTO_COMPARE_MEASURE = 'profile-sync:photo-compare';

const TARGETS = {
  warmRequests: (v) => v === 0,
  coldRequests: (v) => v <= 3,
  revalidatePhotoBytes: (v) => v === 0,
  coldVerdictMs: (v) => v <= 1.5 * LATENCY_MS + 100,
  warmVerdictMs: (v) => v <= 50,
  photoCompareMs: (v) => v <= 20,
  // The same budgets as `npm run size` (tools/size.js), in bytes of gzip.
  initialJsGzipBytes: (v) => v <= 65000,
  totalJsGzipBytes: (v) => v <= 100000
};
const TARGET_TEXT = {
  warmRequests: '0',
  coldRequests: '≤ 3',
  revalidatePhotoBytes: '0',
  coldVerdictMs: `≤ ${1.5 * LATENCY_MS + 100} (1.5 × latency + 100)`,
  warmVerdictMs: '≤ 50',
  photoCompareMs: '≤ 20',
  initialJsGzipBytes: '≤ 65,000 (gzip)',
  totalJsGzipBytes: '≤ 100,000 (gzip)'
};

function median(values) {
  const sorted = values.slice().sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function requestLog(url) {
  return webPartRequests(await (await fetch(`${url}/__tenant/requests?persona=${PERSONA}`)).json());
}

/** Opens the page and returns the time from the web part's mount to its verdict, measured in the page. */
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

async function round(browser, url) {
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

function markdown(results, machine) {
  const rows = Object.keys(results).filter((k) => k !== 'latencyMs').map((key) => {
    const target = TARGET_TEXT[key] || '';
    const ok = TARGETS[key] ? (TARGETS[key](results[key]) ? 'met' : '**missed**') : '';
    return `| \`${key}\` | ${results[key]} | ${target} | ${ok} |`;
  });
  return [
    '# Benchmark results',
    '',
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: the real page in headless Chromium against the`,
    `local fake tenant with \`LATENCY_MS=${results.latencyMs}\` on every API answer, persona \`${PERSONA}\`, ${ROUNDS} rounds (medians).`,
    'Each round: a cold view (empty browser cache and storage), a warm view (within the cache lifetime) and a',
    'revalidating view (cache lifetime 0). Times are measured in the page with the User Timing API, from the web',
    'part\'s mount to its verdict on screen; `photoCompareMs` is decoding both photos and taking their fingerprints (comparing',
    'two fingerprints then takes microseconds). The JavaScript sizes are those of the ship bundle, as `npm run size` counts them.',
    'Request counts are what the fake tenant received from the web part (a Graph `$batch` counts as one).',
    '',
    '| figure | value | target | |',
    '|---|---|---|---|',
    `| \`latencyMs\` | ${results.latencyMs} | | |`,
    ...rows,
    '',
    `Machine: ${machine.cpu} (${machine.cores} cores), ${machine.memoryGiB} GiB, ${machine.os}; Node ${machine.node}; ${machine.chromium}.`,
    ''
  ].join('\n');
}

async function main() {
  const bundle = measureBundle();
  const tenant = createTenant({ latencyMs: LATENCY_MS });
  const url = (await tenant.listen(0)).replace(/\/$/, '');
  await tenant.warmUp();
  const browser = await launchChromium();
  const rounds = [];
  try {
    // One round to warm Chromium and the fake tenant's caches, not counted.
    await round(browser, url);
    for (let i = 0; i < ROUNDS; i++) rounds.push(await round(browser, url));
  } finally {
    await browser.close();
    await tenant.close();
  }
  const pick = (get) => median(rounds.map(get));
  const results = {
    latencyMs: LATENCY_MS,
    coldRequests: pick((r) => r.cold.requests),
    warmRequests: pick((r) => r.warm.requests),
    revalidateRequests: pick((r) => r.revalidate.requests),
    revalidatePhotoBytes: pick((r) => r.revalidate.photoBytes),
    coldVerdictMs: Math.round(pick((r) => r.cold.verdictMs)),
    warmVerdictMs: Math.round(pick((r) => r.warm.verdictMs)),
    photoCompareMs: Math.round(pick((r) => r.cold.photoCompareMs) * 10) / 10,
    initialJsGzipBytes: bundle.initialJsGzipBytes,
    totalJsGzipBytes: bundle.totalJsGzipBytes
  };
  const machine = {
    cpu: os.cpus()[0] ? os.cpus()[0].model.trim() : 'unknown CPU',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: chromium().version
  };
  const dir = __dirname;
  fs.writeFileSync(path.join(dir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  fs.writeFileSync(path.join(dir, 'results.md'), markdown(results, machine));
  console.log(JSON.stringify(results, null, 2));
  const missed = Object.keys(TARGETS).filter((key) => !TARGETS[key](results[key]));
  if (missed.length) console.log(`Missed targets: ${missed.join(', ')}`);
}

main().catch((error) => { console.error(error); process.exit(1); });
