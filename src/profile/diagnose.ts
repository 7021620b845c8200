import { compareProfileProperties } from './compareProperties';
import { readGraphPhotoState } from './graphPhoto';
import { readGraphUser } from './graphUser';
import { photoPresenceOf } from './photoPresence';
import { readSharePointProfile } from './sharePointProfile';
import type { PhotoMatch } from '../pixels/types';
import { DiagnoseInput, Diagnosis, Finding, GraphPhotoState, PhotoPresence, PropertyComparison, SharePointProfile } from './types';

/**
 * Says whether the SharePoint profile matches Microsoft 365, and why not. Throws ProfileDataError
 * when an input is not what its endpoint returns: a wrong shape never becomes a verdict.
 */
export function diagnose(input: DiagnoseInput): Diagnosis {
  const profile = readSharePointProfile(input.sharePointProfile);
  const user = readGraphUser(input.graphUser);
  const photo = readGraphPhotoState(input.graphPhoto);

  const photoFindings = findingsForGraphPhoto(profile, photo, input);
  const propertyFindings = compareProfileProperties(profile, user, input.fields)
    .filter((row) => !row.equal)
    .map(findingForProperty);
  const findings = photoFindings.concat(propertyFindings);

  const hasWarning = findings.some((finding) => finding.severity === 'warning');
  return { status: hasWarning ? 'out-of-sync' : 'in-sync', findings };
}

function findingsForGraphPhoto(profile: SharePointProfile, photo: GraphPhotoState, input: DiagnoseInput): Finding[] {
  // When Graph could not tell, no photo finding can be a warning: say so, with Graph's reason.
  if (photo.kind === 'unknown') return [{ code: 'photo-unverified', severity: 'info', reason: photo.reason }];
  // Graph has a photo whose bytes are not an image: nothing can be compared or copied until it is set
  // again in Microsoft 365, whatever SharePoint shows.
  if (photo.kind === 'photo' && input.microsoft365PhotoNotAnImage) return [{ code: 'photo-damaged-in-microsoft365', severity: 'warning' }];
  return findingsForPhoto(photoPresenceOf(profile, photo.kind === 'photo' ? photo.photo : null), input.photoMatch, !!input.photoPresenceOnly);
}

function findingsForPhoto(presence: PhotoPresence, match: PhotoMatch | undefined, presenceOnly: boolean): Finding[] {
  if (presence.inSharePoint && presence.inMicrosoft365) {
    // No pixels were asked for: presence on both sides is all that was to be said.
    if (match === 'same' || (presenceOnly && match === undefined)) return [];
    // Without a pixel comparison we cannot tell a stale copy from the current one.
    return match === 'different'
      ? [{ code: 'photo-differs', severity: 'warning' }]
      : [{ code: 'photo-unverified', severity: 'info' }];
  }
  if (presence.inMicrosoft365) return [{ code: 'photo-missing-in-sharepoint', severity: 'warning' }];
  if (presence.inSharePoint) return [{ code: 'photo-missing-in-microsoft365', severity: 'warning' }];
  return [];
}

// Keys with no value are left out rather than set to undefined: findings are deep-compared.
function findingForProperty(row: PropertyComparison): Finding {
  const finding: Finding = row.synced
    ? { code: 'property-differs', field: row.field, severity: 'warning' }
    : { code: 'property-not-synced', field: row.field, severity: 'info' };
  if (row.sharePointValue !== '') finding.sharePointValue = row.sharePointValue;
  if (row.microsoft365Value !== '') finding.microsoft365Value = row.microsoft365Value;
  return finding;
}
