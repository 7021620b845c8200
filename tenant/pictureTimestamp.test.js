'use strict';

const { pictureTimestampAt, nextPictureTimestamp } = require('./pictureTimestamp');

test('counts seconds since 0001-01-01 (63783110969 is March 2022, as DOMAIN.md observed)', () => {
  expect(pictureTimestampAt('2022-03-17T10:49:29Z')).toBe('63783110969');
});

test('a new timestamp is later than the previous one even within the same second', () => {
  const now = Date.UTC(2026, 0, 1);
  const first = nextPictureTimestamp('', now);
  expect(first).toBe(pictureTimestampAt(now));
  expect(Number(nextPictureTimestamp(first, now))).toBe(Number(first) + 1);
  expect(Number(nextPictureTimestamp('70000000000', now))).toBe(70000000001);
});
