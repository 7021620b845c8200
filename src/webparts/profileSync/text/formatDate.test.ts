import { formatDate, prepareDateFormat } from './formatDate';

describe('dates in the user\'s locale', () => {
  const date = new Date(Date.UTC(2026, 11, 5, 14, 5));

  it('formats the same with the formatter made ahead as without it', () => {
    const before = formatDate(date, 'en-GB');
    prepareDateFormat('en-GB');
    expect(formatDate(date, 'en-GB')).toBe(before);
    expect(before).toMatch(/2026/);
  });

  it('makes the formatter once per locale, not on every date', () => {
    const made = jest.spyOn(Intl, 'DateTimeFormat');
    formatDate(date, 'nb-NO');
    formatDate(new Date(date.getTime() + 60000), 'nb-NO');
    expect(made).toHaveBeenCalledTimes(1);
    made.mockRestore();
  });

  it('makes it ahead of the first date when the page is idle', () => {
    jest.useFakeTimers();
    const made = jest.spyOn(Intl, 'DateTimeFormat');
    prepareDateFormat('de-DE');
    expect(made).not.toHaveBeenCalled();
    jest.runOnlyPendingTimers();
    expect(made).toHaveBeenCalledTimes(1);
    formatDate(date, 'de-DE');
    expect(made).toHaveBeenCalledTimes(1);
    made.mockRestore();
    jest.useRealTimers();
  });

  it('falls back to the browser\'s own format for a locale Intl rejects', () => {
    expect(formatDate(date, 'not a locale!')).toBe(date.toLocaleString());
  });
});
