import * as strings from 'ProfileSyncWebPartStrings';
import type { FailureKind, SourceError, SourceName } from '../../../sources';
import { fillTemplate } from './fillTemplate';

// Each side's failures in its own words: the templates take the HTTP status or the odd answer as {0}.
const FAILURE_TEMPLATES: Record<SourceName, Record<FailureKind, string>> = {
  graph: {
    permission: strings.ErrorGraphPermission,
    throttled: strings.ErrorGraphThrottled,
    unavailable: strings.ErrorGraphUnavailable,
    offline: strings.ErrorGraphOffline,
    'bad-data': strings.ErrorGraphBadData,
    unknown: strings.ErrorGraphUnknown
  },
  sharePoint: {
    permission: strings.ErrorSharePointPermission,
    throttled: strings.ErrorSharePointThrottled,
    unavailable: strings.ErrorSharePointUnavailable,
    offline: strings.ErrorSharePointOffline,
    'bad-data': strings.ErrorSharePointBadData,
    unknown: strings.ErrorSharePointUnknown
  }
};

/** What a person reads about one failure: the cause and what they can do. */
export function failureText(failure: SourceError): string {
  const template = FAILURE_TEMPLATES[failure.source][failure.kind];
  const detail = failure.kind === 'bad-data' ? failure.message : failure.status !== undefined ? `HTTP ${failure.status}` : failure.message;
  const text = fillTemplate(template, detail);
  return failure.retryAfterSeconds !== undefined && failure.kind === 'throttled'
    ? `${text} ${fillTemplate(strings.RetryAfter, String(failure.retryAfterSeconds))}`
    : text;
}
