import * as strings from 'ProfileSyncWebPartStrings';
import { FailureKind, SourceError } from '../../../sources/SourceError';
import { fillTemplate } from './fillTemplate';

const KIND_KEYS: Record<FailureKind, string> = {
  permission: 'Permission',
  throttled: 'Throttled',
  unavailable: 'Unavailable',
  offline: 'Offline',
  'bad-data': 'BadData',
  unknown: 'Unknown'
};

/** What a person reads about one failure: the cause and what they can do. */
export function failureText(failure: SourceError): string {
  const key = `Error${failure.source === 'graph' ? 'Graph' : 'SharePoint'}${KIND_KEYS[failure.kind]}`;
  const template = (strings as unknown as Record<string, string>)[key];
  const detail = failure.kind === 'bad-data' ? failure.message : failure.status !== undefined ? `HTTP ${failure.status}` : failure.message;
  const text = fillTemplate(template, detail);
  return failure.retryAfterSeconds !== undefined && failure.kind === 'throttled'
    ? `${text} ${fillTemplate(strings.RetryAfter, String(failure.retryAfterSeconds))}`
    : text;
}
