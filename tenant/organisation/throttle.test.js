'use strict';

const { createWindow, createTraffic, defaultThrottle, takeSharePoint } = require('./throttle');

test('counts requests over a sliding 10 s window and says how long until they fit', () => {
  let now = 0;
  const window = createWindow(() => now);
  expect(window.take(8, 10)).toEqual({ throttled: false });
  now = 4000;
  expect(window.take(2, 10)).toEqual({ throttled: false });
  now = 5000;
  const over = window.take(3, 10);
  expect(over.throttled).toBe(true);
  expect(over.retryAfterSeconds).toBeCloseTo(5, 3); // the first 8 leave the window at 10 s
  now = 10001;
  expect(window.take(3, 10)).toEqual({ throttled: false });
  expect(window.stats()).toEqual({ requests: 16, peakPer10s: 10, throttled: 3 });
});

test('0 means no limit', () => {
  const window = createWindow(() => 0);
  expect(window.take(100000, 0)).toEqual({ throttled: false });
});

test('defaults follow the published budgets: Graph by tenant size, SharePoint 3,000 per user per 5 minutes, search 10 a second per user', () => {
  expect(defaultThrottle(300)).toEqual({ graphPer10s: 5000, sharePointPer10s: 0, sharePointPer5min: 3000, searchPerSecond: 10 });
  expect(defaultThrottle(10000)).toEqual({ graphPer10s: 8000, sharePointPer10s: 0, sharePointPer5min: 3000, searchPerSecond: 10 });
  expect(defaultThrottle(20)).toEqual({ graphPer10s: 3500, sharePointPer10s: 0, sharePointPer5min: 3000, searchPerSecond: 10 });
});

test('SharePoint throttles above 3,000 requests in 5 minutes, batch parts counted, and says when there is room again', () => {
  let now = 0;
  const traffic = createTraffic(() => now);
  const throttle = defaultThrottle(10000);
  for (let i = 0; i < 30; i++) {
    now = i * 1000;
    expect(takeSharePoint(traffic, throttle, 100)).toEqual({ throttled: false });
  }
  now = 60000;
  const refused = takeSharePoint(traffic, throttle, 100);
  expect(refused.throttled).toBe(true);
  // The first 100 leave the window 5 minutes after they came.
  expect(refused.retryAfterSeconds).toBeCloseTo(240, 0);
  now = 300001;
  expect(takeSharePoint(traffic, throttle, 100)).toEqual({ throttled: false });
});

test('a request either SharePoint limit refuses is counted by neither window', () => {
  let now = 0;
  const traffic = createTraffic(() => now);
  const throttle = { graphPer10s: 0, sharePointPer10s: 50, sharePointPer5min: 3000 };
  expect(takeSharePoint(traffic, throttle, 50)).toEqual({ throttled: false });
  expect(takeSharePoint(traffic, throttle, 1).throttled).toBe(true);
  now = 10001;
  expect(takeSharePoint(traffic, throttle, 50)).toEqual({ throttled: false });
  expect(traffic.sharePointPer5min.stats()).toMatchObject({ requests: 101, throttled: 1 });
});
