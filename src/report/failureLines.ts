import type { ServiceErrorDetails, SourceError } from '../sources';
import { INDENT, quoted } from './reportFormat';
import { reportValue } from './reportValue';
import { HelpdeskReportWords } from './types';

// The names are the services' own (Graph's body and headers, SharePoint's headers), the same in
// every language, so the helpdesk can search its logs or a support case by them.
const DETAIL_NAMES: Array<[keyof ServiceErrorDetails, string]> = [
  ['code', 'code'],
  ['requestId', 'request-id'],
  ['clientRequestId', 'client-request-id'],
  ['spRequestGuid', 'SPRequestGuid'],
  ['date', 'date']
];

export function failureLines(failures: readonly SourceError[], words: HelpdeskReportWords): string[] {
  if (failures.length === 0) return [];
  let lines = [`${words.failures} (${failures.length}):`];
  failures.forEach((failure) => { lines = lines.concat(failureDetail(failure, words, '- ')); });
  return lines;
}

/**
 * One failure: its side, kind, HTTP status, Retry-After and message, then (indented) what the
 * service said to escalate with: its error code, request ids and date.
 */
export function failureDetail(failure: SourceError, words: HelpdeskReportWords, bullet: string): string[] {
  const side = failure.source === 'graph' ? words.microsoft365Profile : words.sharePointProfile;
  const facts = [reportValue(String(failure.kind))];
  if (failure.status !== undefined) facts.push(`HTTP ${reportValue(String(failure.status))}`);
  if (failure.retryAfterSeconds !== undefined) facts.push(`Retry-After ${reportValue(String(failure.retryAfterSeconds))}`);
  const lines = [`${bullet}${side} (${reportValue(String(failure.source))}): ${facts.join(', ')}: ${quoted(failure.message, words)}`];
  const details = detailsText(failure.details, words);
  if (details) lines.push(`${INDENT}${details}`);
  return lines;
}

function detailsText(details: ServiceErrorDetails | undefined, words: HelpdeskReportWords): string | undefined {
  if (!details || typeof details !== 'object') return undefined;
  const parts = DETAIL_NAMES
    .filter(([key]) => typeof details[key] === 'string' && details[key] !== '')
    .map(([key, name]) => `${name}: ${quoted(details[key], words)}`);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/** A SourceError, known by its shape: the report must not load the sources' code to tell. */
export function isSourceError(value: unknown): value is SourceError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<SourceError>;
  return (candidate.source === 'graph' || candidate.source === 'sharePoint') && typeof candidate.kind === 'string' && typeof candidate.message === 'string';
}
