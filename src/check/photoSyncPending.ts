import type { Finding, FindingCode } from '../profile';
import type { PendingPhotoSync } from '../sync/types';
import type { CompleteCheck } from './types';

/** How long SharePoint Online can keep serving the old photo after an upload (pnp/pnpjs issue 1959). */
export const PHOTO_SYNC_PENDING_MS = 24 * 60 * 60 * 1000;

/** What the check says about a pending photo sync, and what becomes of the record. */
export interface PendingPhotoOutcome {
  check: CompleteCheck;
  /** keep: still pending; clear: SharePoint shows the photo, or Microsoft 365 has another one. */
  record: 'none' | 'keep' | 'clear';
}

// What an accepted upload explains while SharePoint catches up. The others (properties, no photo
// in Microsoft 365) are not about the photo we sent.
const EXPLAINED_BY_PENDING: readonly FindingCode[] = ['photo-differs', 'photo-unverified', 'photo-missing-in-sharepoint'];

/**
 * The one rule for a photo SharePoint accepted but does not show yet. While the Microsoft 365 photo
 * is the one sent (same etag), its photo finding becomes `photo-sync-pending`: info for a day (there
 * is nothing to do but wait, and no button to press again), then a warning that it still differs.
 * A photo that could not be compared stays info: nothing says it is wrong. Pure: the caller stores.
 */
export function withPendingPhotoSync(check: CompleteCheck, pending: PendingPhotoSync | undefined, now: number): PendingPhotoOutcome {
  if (!pending) return { check, record: 'none' };
  const shown = check.photos.microsoft365;
  // Microsoft 365 has another photo now (or none): the upload is history, the normal findings apply.
  if (!shown || shown.validator !== pending.microsoft365Etag) return { check, record: 'clear' };
  const explained = check.diagnosis.findings.filter((finding) => EXPLAINED_BY_PENDING.indexOf(finding.code) >= 0);
  // The pixels match: SharePoint shows it.
  if (explained.length === 0) return { check, record: 'clear' };

  // A clock set back makes a negative age: still pending, not expired.
  const expired = now - pending.uploadedAt >= PHOTO_SYNC_PENDING_MS;
  const stillDiffers = explained.some((finding) => finding.code !== 'photo-unverified');
  const replacement: Finding = { code: 'photo-sync-pending', severity: expired && stillDiffers ? 'warning' : 'info' };
  const findings = [replacement].concat(check.diagnosis.findings.filter((finding) => explained.indexOf(finding) < 0));
  // The same verdict rule as diagnose(): out of sync exactly when there is a warning.
  const status = findings.some((finding) => finding.severity === 'warning') ? 'out-of-sync' : 'in-sync';
  return { check: { ...check, diagnosis: { status, findings } }, record: 'keep' };
}
