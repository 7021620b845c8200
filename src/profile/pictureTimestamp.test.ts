import { pictureTimestampToDate } from './pictureTimestamp';

describe('pictureTimestampToDate', () => {
  it('reads SPS-PictureTimestamp as seconds since 0001-01-01 (63783110969 is March 2022)', () => {
    expect(pictureTimestampToDate('63783110969')?.toISOString()).toBe('2022-03-17T10:49:29.000Z');
  });

  it('tolerates white space around the number', () => {
    expect(pictureTimestampToDate(' 63783110969 ')?.getUTCFullYear()).toBe(2022);
  });

  it.each(['', 'abc', '6378311096.9', '-63783110969', '0'])('gives no date for %p', (timestamp) => {
    expect(pictureTimestampToDate(timestamp)).toBeUndefined();
  });
});
