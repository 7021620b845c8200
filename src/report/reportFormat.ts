import { safeUrl } from '../urls';
import { reportValue, withoutQuery } from './reportValue';
import { HelpdeskReportWords } from './types';

// How a report writes what it quotes: every value from a profile, a service or the page as a JSON
// string (so it is plain where a value ends, whatever quotes or backslashes it holds), after
// reportValue (no secrets, one line, bounded); addresses only when they are safe to follow.

export const INDENT = '  ';

const DATE_TIME: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZoneName: 'short'
};

/** `"Anna \"Ops\" <script>"`: a value in JSON string syntax, or the words for "empty". */
export function quoted(value: string | undefined, words: HelpdeskReportWords): string {
  return value ? JSON.stringify(reportValue(value)) : words.emptyValue;
}

/**
 * An address without its query string and fragment, quoted; one that could not safely reach an
 * href or src (javascript:, data:, anything not https or an allowed origin) is never written out:
 * only its scheme, so the helpdesk knows what kind of value it was.
 */
export function quotedUrl(url: string | undefined, words: HelpdeskReportWords, allowedOrigins: readonly string[] = []): string {
  if (!url) return words.emptyValue;
  if (safeUrl(url, allowedOrigins)) return quoted(withoutQuery(url), words);
  const scheme = /^\s*([a-z][a-z0-9+.-]{0,30}):/i.exec(url);
  return scheme ? `(${words.unsafeUrl}: ${JSON.stringify(`${scheme[1].toLowerCase()}:`)})` : `(${words.unsafeUrl})`;
}

export function labelled(label: string, value: string): string {
  return `${label}: ${value}`;
}

export function fill(template: string, ...values: string[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? whole : value;
  });
}

/** ISO 8601 (UTC) for the helpdesk and the page's language for the user, e.g. "2026-11-25T08:26:00.000Z (25. nov. 2026, 09:26:00 CET)". */
export function moment(value: unknown, locale: string): string {
  const date = value instanceof Date ? value : new Date(value as string);
  if (isNaN(date.getTime())) return reportValue(String(value));
  return `${date.toISOString()} (${localDateTime(date, locale)})`;
}

function localDateTime(date: Date, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, DATE_TIME).format(date);
  } catch {
    // An unknown language tag: the browser's own.
    return new Intl.DateTimeFormat(undefined, DATE_TIME).format(date);
  }
}
