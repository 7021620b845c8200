'use strict';
// The organisation view (issue 13), measured: a full scan of ORG people at LATENCY_MS on every answer,
// then a rescan after 1 % of them changed in Microsoft 365. Figures:
// - orgScanMs: from pressing "Scan" to `data-status="done"` (Node's clock, polled every 50 ms);
// - orgScanRequests / orgRescanRequests: requests the page sent to SharePoint and Graph during the scan
//   (a batch counts once; the redirect a browser follows counts with its request);
// - orgPeakRequestsPer10s: the most requests in any 10 s window, counting each request inside a batch;
// - orgPeakHeapMB: the page's largest JavaScript heap during the scan (Chromium's JSHeapUsedSize, sampled).
const { webPartRequests } = require('../tools/requestCounts');

const PERSONA = 'in-sync';
const WINDOW_MS = 10000;
// SharePoint's pace (2,000 profiles per 5 minutes) makes 10,000 people about 20 minutes.
const SCAN_TIMEOUT_MS = 60 * 60000;

const ORG_TARGETS = {
  orgScanMs: (v) => v <= 60000,
  orgScanRequests: (v) => v <= 700,
  orgPeakHeapMB: (v) => v <= 150
};
const ORG_TARGET_TEXT = { orgScanMs: '≤ 60,000', orgScanRequests: '≤ 700', orgPeakHeapMB: '≤ 150' };

/** Requests inside a batch count one by one (Graph's items, SharePoint's parts); others count once. */
function weight(entry) {
  return Array.isArray(entry.batch) && entry.batch.length > 0 ? entry.batch.length : 1;
}

/** The most (weighted) requests that arrived within any window of `windowMs`. */
function peakPerWindow(entries, windowMs = WINDOW_MS) {
  const points = entries.map((e) => ({ at: Date.parse(e.time), n: weight(e) })).sort((a, b) => a.at - b.at);
  let peak = 0;
  let sum = 0;
  let start = 0;
  for (let end = 0; end < points.length; end++) {
    sum += points[end].n;
    while (points[end].at - points[start].at >= windowMs) sum -= points[start++].n;
    peak = Math.max(peak, sum);
  }
  return peak;
}

async function log(url) {
  return (await fetch(`${url}/__tenant/requests?persona=${PERSONA}`)).json();
}

async function waitForStatus(page, statuses) {
  await page.waitForFunction((wanted) => {
    const root = document.querySelector('[data-profile-sync-organisation]');
    return !!root && wanted.includes(root.getAttribute('data-status'));
  }, statuses, { timeout: SCAN_TIMEOUT_MS, polling: 50 });
  return page.locator('[data-profile-sync-organisation]').getAttribute('data-status');
}

/** Presses `action` and measures until the scan is done: time, requests, peak heap, peak rate. */
async function measureScan(page, cdp, url, action) {
  const before = (await log(url)).length;
  let peakHeap = 0;
  let sampling = true;
  const sample = async () => {
    while (sampling) {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const heap = metrics.find((m) => m.name === 'JSHeapUsedSize');
      if (heap) peakHeap = Math.max(peakHeap, heap.value);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  // A page that went away ends the sampling; the scan's own wait says why.
  const sampler = sample().catch(() => undefined);
  const started = Date.now();
  let status;
  let ended = 0;
  try {
    await page.locator(`[data-profile-sync-organisation] [data-action="${action}"]`).first().click();
    await page.waitForFunction(() => {
      const root = document.querySelector('[data-profile-sync-organisation]');
      return !!root && root.getAttribute('data-status') === 'scanning';
    }, undefined, { timeout: 20000, polling: 10 }).catch(() => undefined);
    status = await waitForStatus(page, ['done', 'error', 'cancelled']);
    ended = Date.now();
  } finally {
    sampling = false;
    await sampler;
  }
  const ms = ended - started;
  if (status !== 'done') throw new Error(`The organisation scan ended as '${status}'`);
  const during = webPartRequests((await log(url)).slice(before));
  return { ms, requests: during.length, peakPer10s: peakPerWindow(during), peakHeapMB: peakHeap / (1024 * 1024) };
}

/** One organisation round on a tenant of the bench's size: scan, change 1 %, rescan. */
async function measureOrganisation(browser, url) {
  await fetch(`${url}/__tenant/reset`, { method: 'POST' });
  const summary = await (await fetch(`${url}/__tenant/organisation`)).json();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  try {
    await page.goto(`${url}/?${new URLSearchParams({ persona: PERSONA, view: 'organisation' })}`);
    await waitForStatus(page, ['idle', 'done', 'cancelled']);
    const scan = await measureScan(page, cdp, url, 'start-scan');
    const counted = await page.locator('[data-profile-sync-organisation]').getAttribute('data-count-in-sync');
    if (Number(counted) !== (summary.expected['in-sync'] || 0)) {
      throw new Error(`The scan counted ${counted} people in sync; the fake tenant expected ${summary.expected['in-sync']}`);
    }
    await fetch(`${url}/__tenant/organisation`, { method: 'POST', body: JSON.stringify({ change: { fraction: 0.01 } }) });
    const rescan = await measureScan(page, cdp, url, 'rescan');
    return {
      orgSize: summary.size,
      orgScanMs: scan.ms,
      orgScanRequests: scan.requests,
      orgRescanRequests: rescan.requests,
      orgPeakRequestsPer10s: Math.max(scan.peakPer10s, rescan.peakPer10s),
      orgPeakHeapMB: Math.round(Math.max(scan.peakHeapMB, rescan.peakHeapMB) * 10) / 10
    };
  } finally {
    await context.close();
  }
}

module.exports = { measureOrganisation, peakPerWindow, ORG_TARGETS, ORG_TARGET_TEXT };
