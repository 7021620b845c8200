import type { PhotoSyncOutcome, PhotoSyncState } from '../sync';
import { failureDetail, isSourceError } from './failureLines';
import { fill, INDENT, labelled, moment } from './reportFormat';
import { reportValue } from './reportValue';
import { HelpdeskReportWords } from './types';

/**
 * The last "Sync my photo" on this page: what became of it (codes in English after the words),
 * what was sent and how large, when it ended, and what the service said when it refused.
 */
export function photoSyncLines(state: PhotoSyncState, words: HelpdeskReportWords, locale: string): string[] {
  if (state.status === 'idle') return [labelled(words.photoSync, `${words.photoSyncNone} (idle)`)];
  if (state.status === 'running') return [labelled(words.photoSync, `${words.photoSyncRunning} (running: ${reportValue(String(state.step))})`)];
  const outcome = state.outcome;
  let lines = [labelled(words.photoSync, `${outcomeWords(outcome, words)} (${outcomeCode(outcome)})`)];
  const sent = sentText(outcome, words);
  if (sent) lines.push(`${INDENT}${sent}`);
  if (outcome.kind === 'already-sent') lines.push(`${INDENT}${labelled(words.photoSyncSentEarlier, moment(new Date(outcome.pending.uploadedAt), locale))}`);
  if (outcome.finishedAt !== undefined) lines.push(`${INDENT}${labelled(words.photoSyncEnded, moment(new Date(outcome.finishedAt), locale))}`);
  if (outcome.kind === 'failed' && isSourceError(outcome.error)) {
    lines = lines.concat(failureDetail(outcome.error, words, INDENT).map((line, index) => (index === 0 ? line : INDENT + line)));
  } else if (outcome.kind === 'failed' && outcome.retryAfterSeconds !== undefined) {
    lines.push(`${INDENT}Retry-After ${reportValue(String(outcome.retryAfterSeconds))}`);
  }
  return lines;
}

function outcomeWords(outcome: PhotoSyncOutcome, words: HelpdeskReportWords): string {
  switch (outcome.kind) {
    case 'verified': return words.photoSyncVerified;
    case 'accepted': return words.photoSyncAccepted;
    case 'already-sent': return words.photoSyncAlreadySent;
    default: return words.photoSyncFailed;
  }
}

/** "failed: blocked", "accepted: photo-differs": the kind, and why when it says. */
function outcomeCode(outcome: PhotoSyncOutcome): string {
  if (outcome.kind === 'failed') return `failed: ${reportValue(String(outcome.reason))}`;
  if (outcome.kind === 'accepted') return `accepted: ${reportValue(String(outcome.unconfirmed))}`;
  return outcome.kind;
}

function sentText(outcome: PhotoSyncOutcome, words: HelpdeskReportWords): string | undefined {
  if (outcome.kind === 'already-sent') return undefined;
  const original = outcome.microsoft365Bytes;
  if (outcome.kind === 'failed') {
    const sent = outcome.uploadAttempted ? words.photoSyncPhotoSent : words.photoSyncNothingSent;
    return original !== undefined ? `${sent}, ${fill(words.photoSyncMicrosoft365Bytes, bytes(original))}` : sent;
  }
  return outcome.shrunk && original !== undefined
    ? fill(words.photoSyncShrunk, bytes(original), bytes(outcome.uploadedBytes))
    : fill(words.photoSyncBytesSent, bytes(outcome.uploadedBytes));
}

// Plain digits, no separators: the same figure in every language and easy to compare with logs.
function bytes(count: number): string {
  return String(Math.round(count));
}
