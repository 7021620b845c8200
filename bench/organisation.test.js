'use strict';
const { peakPerWindow } = require('./organisation');

const at = (seconds, batch) => ({ time: new Date(Date.UTC(2026, 11, 1, 10, 0, 0) + seconds * 1000).toISOString(), ...(batch ? { batch } : {}) });

describe('the peak request rate the organisation bench reports', () => {
  it('counts every request inside a batch, not the batch once', () => {
    expect(peakPerWindow([at(0, new Array(20).fill('GET /users/x/photo')), at(1)])).toBe(21);
  });

  it('is the busiest 10 seconds, not the whole scan', () => {
    const entries = [at(0), at(1), at(2), at(12), at(13), at(14), at(15), at(30)];
    expect(peakPerWindow(entries)).toBe(4);
  });

  it('keeps a request exactly 10 seconds later out of the earlier window', () => {
    expect(peakPerWindow([at(0), at(10)])).toBe(1);
  });

  it('is 0 when nothing was sent', () => {
    expect(peakPerWindow([])).toBe(0);
  });
});

describe('SharePoint\'s pace the organisation bench grades against', () => {
  const { publishedPaceMs } = require('./organisation');

  it('allows one 5-minute window\'s wait for each further 2,000 profiles, and a minute for the reading', () => {
    expect(publishedPaceMs(2000)).toBe(60000);
    expect(publishedPaceMs(2001)).toBe(6 * 60000);
    expect(publishedPaceMs(9464)).toBe(21 * 60000);
  });

  it('allows a minute when nobody needed reading', () => {
    expect(publishedPaceMs(0)).toBe(60000);
  });
});
