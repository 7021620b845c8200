import { formatDate } from './formatDate';

describe('dates in the user\'s locale', () => {
  const date = new Date(Date.UTC(2026, 11, 5, 14, 5));

  it('formats a date and time in the locale', () => {
    expect(formatDate(date, 'en-GB')).toMatch(/2026/);
    expect(formatDate(date, 'en-GB')).toBe(new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' } as Intl.DateTimeFormatOptions).format(date));
  });

  it('makes the formatter once per locale, not on every date', () => {
    const made = jest.spyOn(Intl, 'DateTimeFormat');
    formatDate(date, 'nb-NO');
    formatDate(new Date(date.getTime() + 60000), 'nb-NO');
    expect(made).toHaveBeenCalledTimes(1);
    made.mockRestore();
  });

  it('falls back to the browser\'s own format for a locale Intl rejects', () => {
    expect(formatDate(date, 'not a locale!')).toBe(date.toLocaleString());
  });
});
