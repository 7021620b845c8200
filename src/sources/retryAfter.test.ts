import { retryAfterSeconds } from './retryAfter';

describe('retryAfterSeconds', () => {
  it.each([
    ['whole seconds', '120', 120],
    ['fractional seconds, as Graph sends them', '2.128', 2.128],
    ['zero: retry at once', '0', 0],
    ['spaces around the figure', ' 5 ', 5]
  ])('reads %s', (_, header, seconds) => {
    expect(retryAfterSeconds(header)).toBe(seconds);
  });

  it.each([
    ['no header', null],
    ['an absent value', undefined],
    ['an empty header', ''],
    ['a negative figure', '-3'],
    ['junk', 'soon'],
    ['a figure with a unit', '10s'],
    ['an exponent', '1e3'],
    ['infinity', 'Infinity']
  ])('says nothing usable for %s', (_, header) => {
    expect(retryAfterSeconds(header)).toBeUndefined();
  });

  it('counts an HTTP date from now, rounding up to whole seconds', () => {
    const now = () => Date.parse('2026-10-21T07:28:00Z');
    expect(retryAfterSeconds('Wed, 21 Oct 2026 07:28:30 GMT', now)).toBe(30);
    expect(retryAfterSeconds('Wed, 21 Oct 2026 07:28:00 GMT', () => now() - 400)).toBe(1);
  });

  it('reads an HTTP date already past as "retry now", not as a negative wait', () => {
    expect(retryAfterSeconds('Wed, 21 Oct 2026 07:28:00 GMT', () => Date.parse('2026-10-21T08:00:00Z'))).toBe(0);
  });

  it('does not take any date-like text for a date', () => {
    expect(retryAfterSeconds('21 Oct 2026', () => 0)).toBeUndefined();
  });
});
