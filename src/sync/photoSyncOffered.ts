import type { ProfileCheck } from '../check';
import type { Finding, FindingCode } from '../profile';

// Which findings copying the Microsoft 365 photo into SharePoint can fix. Every code is listed,
// so a new finding code does not compile until someone decides.
const FIXED_BY_PHOTO_SYNC: Record<FindingCode, boolean> = {
  'photo-missing-in-sharepoint': true,
  'photo-differs': true,
  'photo-unverified': true,
  // SharePoint already has this very photo and is catching up: sending it again changes nothing.
  'photo-sync-pending': false,
  // Nothing to copy: the photo is missing on the side we would copy from.
  'photo-missing-in-microsoft365': false,
  // The Microsoft 365 photo is not an image: copying it can only fail (it must be set again there).
  'photo-damaged-in-microsoft365': false,
  // Properties come through the directory import, not through the photo.
  'property-differs': false,
  'property-not-synced': false
};

/**
 * Offer "Sync my photo" when the photo is missing in SharePoint, differs or could not be compared,
 * and Microsoft 365 has a photo to copy. Kept apart from src/sync/index.ts, which is the lazily
 * loaded photo sync chunk: the page decides this before that code is loaded.
 */
export function photoSyncOffered(check: ProfileCheck | undefined): boolean {
  return !!check && check.kind === 'complete' && check.photos.microsoft365 !== undefined &&
    check.diagnosis.findings.some((finding) => FIXED_BY_PHOTO_SYNC[finding.code] && !graphCouldNotTell(finding));
}

/** A photo Graph could not tell about (it says why) may not exist: there may be nothing to copy. */
function graphCouldNotTell(finding: Finding): boolean {
  return finding.code === 'photo-unverified' && !!finding.reason;
}
