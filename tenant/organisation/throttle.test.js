'use strict';

const { createWindow, defaultThrottle } = require('./throttle');

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

test('defaults follow the published budgets for the tenant size', () => {
  expect(defaultThrottle(300)).toEqual({ graphPer10s: 5000, sharePointPer10s: 200 });
  expect(defaultThrottle(10000)).toEqual({ graphPer10s: 8000, sharePointPer10s: 600 });
  expect(defaultThrottle(20)).toEqual({ graphPer10s: 3500, sharePointPer10s: 200 });
});
