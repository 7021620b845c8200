/** A date and time in the page's language (Intl), e.g. "25. nov. 2026, 09:26" for nb-NO. */
export function formatDate(date: Date, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' } as Intl.DateTimeFormatOptions).format(date);
  } catch {
    return date.toLocaleString();
  }
}
