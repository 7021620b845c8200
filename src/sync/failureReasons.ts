// Type-only: the flow must not pull PnPjs in, so SharePoint's refusals are recognised by shape.
import type { SharePointRefusal } from '../sources';
import { SourceError } from '../sources/SourceError';
import { PhotoSyncFailureReason } from './types';

const REFUSAL_REASONS: Record<SharePointRefusal, PhotoSyncFailureReason> = {
  'security-validation': 'digest',
  'access-denied': 'blocked',
  forbidden: 'sharepoint-refused',
  'parameter-not-valid': 'rejected',
  'picture-too-large': 'too-large-for-sharepoint'
};

/**
 * Why reading failed, in terms of what the user can do. A refusal to *read* (403, bad data) is not
 * about photo changes, so it stays `unknown` rather than borrowing an upload reason.
 */
export function readFailureReason(error: unknown): PhotoSyncFailureReason {
  if (!(error instanceof SourceError)) return 'unknown';
  switch (error.kind) {
    case 'throttled': return 'throttled';
    case 'unavailable': return 'unavailable';
    case 'offline': return 'offline';
    default: return 'unknown';
  }
}

/** A SharePointRefusalError, told by its `refusal`. */
function refusalOf(error: unknown): SharePointRefusal | undefined {
  const refusal = error instanceof SourceError ? (error as SourceError & { refusal?: unknown }).refusal : undefined;
  return typeof refusal === 'string' && Object.prototype.hasOwnProperty.call(REFUSAL_REASONS, refusal) ? refusal as SharePointRefusal : undefined;
}

/** Why SetMyProfilePicture failed: SharePoint's own refusals first, then the generic kinds. */
export function uploadFailureReason(error: unknown): PhotoSyncFailureReason {
  const refusal = refusalOf(error);
  return refusal ? REFUSAL_REASONS[refusal] : readFailureReason(error);
}

export function retryAfterOf(error: unknown): number | undefined {
  return error instanceof SourceError ? error.retryAfterSeconds : undefined;
}
