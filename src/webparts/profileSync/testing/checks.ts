import { PHOTO_SYNC_PENDING_MS, withPendingPhotoSync } from '../../../check';
import type { CompleteCheck, ProfileCheck } from '../../../check';
import { previewCheck, PreviewState } from '../../../preview';

// Component tests use the preview's checks: realistic, made by the real core from made-up bodies.
export const CHECKED_AT = new Date('2026-11-25T09:30:00Z');

export function checkIn(state: PreviewState): ProfileCheck {
  return previewCheck(state, CHECKED_AT);
}

export function completeCheckIn(state: PreviewState): CompleteCheck {
  const check = checkIn(state);
  if (check.kind !== 'complete') throw new Error(`The preview state ${state} is not a complete check`);
  return check;
}

/**
 * The photo-differs check as the page shows it after "Sync my photo" was accepted: pending for an
 * hour, or (overdue) for a day and more.
 */
export function pendingPhotoSyncCheck(overdue = false): CompleteCheck {
  const check = completeCheckIn('photo-differs');
  const etag = (check.photos.microsoft365 && check.photos.microsoft365.validator) || '';
  const age = overdue ? PHOTO_SYNC_PENDING_MS : 3600000;
  return withPendingPhotoSync(check, { microsoft365Etag: etag, uploadedAt: CHECKED_AT.getTime() - age }, CHECKED_AT.getTime()).check;
}
