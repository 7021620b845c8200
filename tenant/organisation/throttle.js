'use strict';

// Throttling above a request rate, per service, over a sliding 10-second window in which every
// request inside a batch counts on its own (learn.microsoft.com/graph/throttling "Throttling and
// batching"; SharePoint: "Avoid getting throttled or blocked in SharePoint Online", requests in a
// $batch are counted one by one). A throttled request is not added to the window: SharePoint says
// they count, but then a client that waits exactly Retry-After would be throttled again and again.
//
// Defaults follow published budgets for a tenant of the organisation's size:
//   Graph (Identity and access, learn.microsoft.com/graph/throttling-limits, per app and tenant):
//     S (under 50 users) 3,500, M (50-500) 5,000, L (above 500) 8,000 resource units per 10 s; a GET costs 1.
//   SharePoint ("Avoid getting throttled or blocked in SharePoint Online", limits added in March 2025):
//     3,000 requests per 5 minutes per user, and 3,000 (up to 1,000 licences) to 15,000 (50,000 and more)
//     PeopleManager API calls per 5 minutes per tenant. The web part's SharePoint calls carry the user's
//     own sign-in, so the per-user limit applies; both come to 3,000 per 5 minutes here (the worst case).
//   The per-app resource-unit budget (1,200 / 2,400 / 3,600 / 4,800 / 6,000 a minute for
//     0-1k / 1k-5k / 5k-15k / 15k-50k / 50k+ licences) counts apps with their own token, not a page's
//     cookie: kept as the flag sharePointPer10s (0, off, by default; a tenth of a minute's budget if set).
const WINDOW_MS = 10000;
const LONG_WINDOW_MS = 5 * 60000;
const SHAREPOINT_PER_5_MIN = 3000;
// Search ("Avoid getting throttled...", "Search query limits"): delegated requests above 10 a second
// per user are throttled with 429, and people-source queries above 25 a second for the whole
// organisation; one user scanning meets the first. A search request is also one of the user's
// SharePoint requests (the per-user limit counts all calls made on the user's behalf).
const SEARCH_PER_SECOND = 10;

function defaultThrottle(size) {
  const graphPer10s = size < 50 ? 3500 : size <= 500 ? 5000 : 8000;
  return { graphPer10s, sharePointPer10s: 0, sharePointPer5min: SHAREPOINT_PER_5_MIN, searchPerSecond: SEARCH_PER_SECOND };
}

/** One service's window: `take(n)` counts n requests and says whether they are over the limit. */
function createWindow(now = () => Date.now(), windowMs = WINDOW_MS) {
  let events = []; // [time, count], oldest first
  let total = 0;
  let peak = 0;
  let throttled = 0;
  let requests = 0;

  function slide(t) {
    let drop = 0;
    while (drop < events.length && events[drop][0] <= t - windowMs) {
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
      if (over <= 0) return Math.max(0.001, (time + windowMs - t) / 1000);
    }
    return windowMs / 1000;
  }

  return {
    /** Counts n requests; { throttled: false } or { throttled: true, retryAfterSeconds } when over `limit` (0: never). */
    /** Seconds until n more requests fit under `limit`; 0 when they fit now (limit 0: always). */
    wait(n, limit) {
      const t = now();
      slide(t);
      return limit > 0 && total + n > limit ? secondsUntilRoom(t, n, limit) : 0;
    },
    /** Counts n requests that another limit refused. */
    refuse(n) {
      requests += n;
      throttled += n;
    },
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
  return { graph: createWindow(now), sharePoint: createWindow(now), sharePointPer5min: createWindow(now, LONG_WINDOW_MS), search: createWindow(now, 1000) };
}

/** SharePoint's short and long limits together: n requests refused by either are counted by neither window. */
function takeSharePoint(traffic, throttle, n) {
  const wait = Math.max(traffic.sharePoint.wait(n, throttle.sharePointPer10s), traffic.sharePointPer5min.wait(n, throttle.sharePointPer5min || 0));
  if (wait > 0) {
    traffic.sharePoint.refuse(n);
    traffic.sharePointPer5min.refuse(n);
    return { throttled: true, retryAfterSeconds: wait };
  }
  traffic.sharePoint.take(n, 0);
  traffic.sharePointPer5min.take(n, 0);
  return { throttled: false };
}

module.exports = { defaultThrottle, createWindow, createTraffic, takeSharePoint, WINDOW_MS, LONG_WINDOW_MS };
