'use strict';

// Throttling above a request rate, per service, over a sliding 10-second window in which every
// request inside a batch counts on its own (learn.microsoft.com/graph/throttling "Throttling and
// batching"; SharePoint: "Avoid getting throttled or blocked in SharePoint Online", requests in a
// $batch are counted one by one). A throttled request is not added to the window: SharePoint says
// they count, but then a client that waits exactly Retry-After would be throttled again and again.
//
// Defaults follow the published per-app-per-tenant budgets for a tenant of the organisation's size:
//   Graph (Identity and access, learn.microsoft.com/graph/throttling-limits): S (under 50 users)
//     3,500, M (50-500) 5,000, L (above 500) 8,000 resource units per 10 s; a GET costs 1.
//   SharePoint (per app per tenant, by licences): 1,200 / 2,400 / 3,600 / 4,800 / 6,000 resource
//     units per minute for 0-1k / 1k-5k / 5k-15k / 15k-50k / 50k+ licences; REST has no fixed cost,
//     read here as 1 per request, so a tenth of a minute's budget per 10 s.

const WINDOW_MS = 10000;

function defaultThrottle(size) {
  const graphPer10s = size < 50 ? 3500 : size <= 500 ? 5000 : 8000;
  const perMinute = size <= 1000 ? 1200 : size <= 5000 ? 2400 : size <= 15000 ? 3600 : size <= 50000 ? 4800 : 6000;
  return { graphPer10s, sharePointPer10s: perMinute / 6 };
}

/** One service's window: `take(n)` counts n requests and says whether they are over the limit. */
function createWindow(now = () => Date.now()) {
  let events = []; // [time, count], oldest first
  let total = 0;
  let peak = 0;
  let throttled = 0;
  let requests = 0;

  function slide(t) {
    let drop = 0;
    while (drop < events.length && events[drop][0] <= t - WINDOW_MS) {
      total -= events[drop][1];
      drop += 1;
    }
    if (drop > 0) events = events.slice(drop);
  }

  /** Seconds until `n` more requests fit under `limit`. */
  function secondsUntilRoom(t, n, limit) {
    let over = total + n - limit;
    for (const [time, count] of events) {
      over -= count;
      if (over <= 0) return Math.max(0.001, (time + WINDOW_MS - t) / 1000);
    }
    return WINDOW_MS / 1000;
  }

  return {
    /** Counts n requests; { throttled: false } or { throttled: true, retryAfterSeconds } when over `limit` (0: never). */
    take(n, limit) {
      const t = now();
      slide(t);
      const over = limit > 0 && total + n > limit;
      const retryAfterSeconds = over ? secondsUntilRoom(t, n, limit) : 0;
      requests += n;
      if (over) throttled += n;
      else {
        events.push([t, n]);
        total += n;
        peak = Math.max(peak, total);
      }
      return over ? { throttled: true, retryAfterSeconds } : { throttled: false };
    },
    stats: () => ({ requests, peakPer10s: peak, throttled }),
    clear() {
      events = [];
      total = 0;
      peak = 0;
      throttled = 0;
      requests = 0;
    }
  };
}

/** Both services' windows. */
function createTraffic(now) {
  return { graph: createWindow(now), sharePoint: createWindow(now) };
}

module.exports = { defaultThrottle, createWindow, createTraffic, WINDOW_MS };
