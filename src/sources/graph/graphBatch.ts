import { retryAfterSeconds } from '../retryAfter';
import { graphErrorDetails } from '../serviceErrorDetails';
import { SourceError, failureKindForStatus } from '../SourceError';

/** One answer inside a Graph `$batch` response. */
export interface BatchAnswer {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export function readBatchAnswers(raw: unknown): BatchAnswer[] {
  const responses = raw && typeof raw === 'object' ? (raw as { responses?: unknown }).responses : undefined;
  if (!Array.isArray(responses)) {
    throw new SourceError('graph', 'bad-data', 'Microsoft Graph answered $batch without a "responses" list');
  }
  return responses as BatchAnswer[];
}

export function answerFor(answers: readonly BatchAnswer[], id: string): BatchAnswer {
  const answer = answers.filter((a) => a && a.id === id)[0];
  if (!answer) throw new SourceError('graph', 'bad-data', `Microsoft Graph's $batch answer lacks request ${id}`);
  return answer;
}

/** A header of one answer; names inside a batch answer are as Graph wrote them: either case. */
export function batchHeader(answer: BatchAnswer, name: string): string | undefined {
  if (!answer.headers) return undefined;
  const wanted = name.toLowerCase();
  const key = Object.keys(answer.headers).filter((k) => k.toLowerCase() === wanted)[0];
  return key === undefined ? undefined : answer.headers[key];
}

/** How long Graph asked this one request to wait (its own Retry-After inside the batch). */
export function batchRetryAfter(answer: BatchAnswer): number | undefined {
  return retryAfterSeconds(batchHeader(answer, 'Retry-After'));
}

/** A failed item: its own status, Retry-After and Graph's error details (its body, then its headers). */
export function batchFailure(answer: BatchAnswer, url: string): SourceError {
  const headers = { get: (name: string) => batchHeader(answer, name) || null };
  return new SourceError('graph', failureKindForStatus(answer.status), `Microsoft Graph answered ${answer.status} to ${url} (in $batch)`,
    answer.status, batchRetryAfter(answer), graphErrorDetails(answer.body, headers));
}

