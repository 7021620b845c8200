'use strict';
const { median, fitLine } = require('./stats');

describe('the benchmark\'s summaries', () => {
  it('takes the median, so one slow round does not move the figure', () => {
    expect(median([90, 2000, 100])).toBe(100);
    expect(median([90, 100, 110, 120])).toBe(105);
  });

  it('reads two round trips and 40 ms of own work from times at three latencies', () => {
    const { slope, intercept } = fitLine([[0, 40], [100, 240], [300, 640]]);
    expect(slope).toBeCloseTo(2, 6);
    expect(intercept).toBeCloseTo(40, 6);
  });

  it('refuses to fit a line through one latency', () => {
    expect(() => fitLine([[100, 240], [100, 250]])).toThrow('two different x');
  });
});
