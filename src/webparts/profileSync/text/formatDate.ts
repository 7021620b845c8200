// One formatter per locale for the page's life: making one loads the locale's date patterns, which took
// about 30 ms of the main thread in a cold Chromium (a CPU profile of the details' first render, right
// after the verdict), against microseconds to format with one that exists. Making it ahead, while the
// requests are out, was tried: at LATENCY_MS=0 the idle callback then ran before the verdict.
const formatters = new Map<string, Intl.DateTimeFormat | undefined>();

function formatterFor(locale: string): Intl.DateTimeFormat | undefined {
  if (!formatters.has(locale)) {
    let formatter: Intl.DateTimeFormat | undefined;
    try {
      formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' } as Intl.DateTimeFormatOptions);
    } catch {
      formatter = undefined;
    }
    formatters.set(locale, formatter);
  }
  return formatters.get(locale);
}

/** A date and time in the user's locale, e.g. "5 Dec 2026, 14:05". */
export function formatDate(date: Date, locale: string): string {
  const formatter = formatterFor(locale);
  return formatter ? formatter.format(date) : date.toLocaleString();
}
