import * as strings from 'ProfileSyncWebPartStrings';
import type { PhotoSyncFailed, PhotoSyncFailureReason, PhotoSyncOutcome, PhotoSyncStep } from '../../../sync';
import { fillTemplate } from './fillTemplate';

const STEP_TEXT: Record<PhotoSyncStep, string> = {
  reading: strings.PhotoSyncStepReading,
  checking: strings.PhotoSyncStepChecking,
  shrinking: strings.PhotoSyncStepShrinking,
  uploading: strings.PhotoSyncStepUploading,
  verifying: strings.PhotoSyncStepVerifying
};

const FAILURE_TEXT: Record<PhotoSyncFailureReason, string> = {
  'no-microsoft365-photo': strings.PhotoSyncFailedNoMicrosoft365Photo,
  'not-an-image': strings.PhotoSyncFailedNotAnImage,
  'unsupported-format': strings.PhotoSyncFailedUnsupportedFormat,
  placeholder: strings.PhotoSyncFailedPlaceholder,
  'too-large': strings.PhotoSyncFailedTooLarge,
  digest: strings.PhotoSyncFailedDigest,
  blocked: strings.PhotoSyncFailedBlocked,
  'sharepoint-refused': strings.PhotoSyncFailedSharePointRefused,
  rejected: strings.PhotoSyncFailedRejected,
  'too-large-for-sharepoint': strings.PhotoSyncFailedTooLargeForSharePoint,
  throttled: strings.PhotoSyncFailedThrottled,
  unavailable: strings.PhotoSyncFailedUnavailable,
  offline: strings.PhotoSyncFailedOffline,
  unknown: strings.PhotoSyncFailedUnknown
};

export function photoSyncStepText(step: PhotoSyncStep): string {
  return STEP_TEXT[step];
}

/**
 * SharePoint's own words about a refusal (SharePointRefusalError.serviceMessage), read by shape: the
 * text must not load the sources' PnPjs code.
 */
function sharePointSaid(error: unknown): string {
  const said = typeof error === 'object' && error !== null ? (error as { serviceMessage?: unknown }).serviceMessage : undefined;
  const status = typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined;
  return typeof said === 'string' && said.trim() ? said.trim() : `HTTP ${typeof status === 'number' ? status : 403}`;
}

function failureSentences(outcome: PhotoSyncFailed): string[] {
  // After a dropped connection mid-upload nobody knows whether the photo arrived: say so, not "nothing changed".
  if (outcome.reason === 'offline' && outcome.uploadAttempted) return [strings.PhotoSyncFailedOfflineDuringUpload];
  const sentences = [outcome.reason === 'sharepoint-refused'
    ? fillTemplate(FAILURE_TEXT[outcome.reason], sharePointSaid(outcome.error))
    : FAILURE_TEXT[outcome.reason]];
  if (outcome.reason === 'throttled' && outcome.retryAfterSeconds !== undefined) {
    sentences.push(fillTemplate(strings.RetryAfter, String(outcome.retryAfterSeconds)));
  }
  if (!outcome.uploadAttempted || outcome.reason !== 'unknown') sentences.push(strings.PhotoSyncNothingChanged);
  return sentences;
}

function kilobytes(bytes: number): string {
  return `${Math.round(bytes / 1024)} KB`;
}

/** What the page says about a finished sync: a headline and the sentences under it. */
export function photoSyncOutcomeText(outcome: PhotoSyncOutcome): { headline: string; details: string[] } {
  if (outcome.kind === 'failed') {
    const [headline, ...details] = failureSentences(outcome);
    return { headline, details };
  }
  if (outcome.kind === 'already-sent') return { headline: strings.PhotoSyncAlreadySent, details: [] };
  const details = outcome.shrunk ? [fillTemplate(strings.PhotoSyncShrunk, kilobytes(outcome.uploadedBytes))] : [];
  // From the grey placeholder there is no old photo for other pages to keep showing.
  details.push(outcome.replacedPhoto === false ? strings.PhotoSyncCacheNoteFirstPhoto : strings.PhotoSyncCacheNote);
  return { headline: outcome.kind === 'verified' ? strings.PhotoSyncVerified : strings.PhotoSyncAccepted, details };
}
