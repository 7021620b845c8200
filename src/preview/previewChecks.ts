import {
  compareProperties, DiagnoseInput, diagnose, photoPresenceOf, readGraphPhoto, readGraphUser, readSharePointProfile
} from '../profile';
import { microsoft365PhotoValidator, sharePointPhotoValidator } from '../check/checkProfile';
import type { CompleteCheck, FailedCheck, PartialCheck, PhotoMatch, PhotoView, ProfileCheck } from '../check';
import { SourceError } from '../sources/SourceError';
import { previewPhotoSvg } from './previewPhotos';
import { PreviewPhotoKind, PreviewState } from './types';
import { previewGraphPhotoBody, previewGraphUserBody, previewSharePointBody, WITHOUT_SHAREPOINT_PHOTO } from './previewProfiles';

// What a site owner can preview in edit mode: one state per finding, plus the two ways a check
// fails. Complete checks are made by the real core from made-up bodies (previewProfiles.ts), so a
// preview shows exactly what the page would say; nothing is requested and no profile is touched.

type CompleteState = Exclude<PreviewState, 'partial-graph-permission' | 'error-sharepoint-unavailable'>;

/** How one complete preview differs from a profile in sync. */
interface CompleteRecipe {
  /** UserProfileProperties values SharePoint has instead. */
  sharePoint?: Readonly<Record<string, string>>;
  /** /me fields Microsoft 365 has instead. */
  microsoft365?: Readonly<Record<string, unknown>>;
  /** false: Graph answers /me/photo with 404. */
  microsoft365HasPhoto: boolean;
  /** Which picture SharePoint shows; the Microsoft 365 photo is always 'a'. */
  sharePointPhoto: PreviewPhotoKind;
  /** The pixel comparison's outcome when both sides have a photo; 'same' when not given. */
  photoMatch?: PhotoMatch;
}

const RECIPES: Record<CompleteState, CompleteRecipe> = {
  'in-sync': { microsoft365HasPhoto: true, sharePointPhoto: 'a' },
  'photo-missing-in-sharepoint': { sharePoint: WITHOUT_SHAREPOINT_PHOTO, microsoft365HasPhoto: true, sharePointPhoto: 'a' },
  'photo-missing-in-microsoft365': { microsoft365HasPhoto: false, sharePointPhoto: 'a' },
  // SharePoint kept the photo from before the user changed it.
  'photo-differs': { microsoft365HasPhoto: true, sharePointPhoto: 'b', photoMatch: 'different' },
  // Both photos are there, but one could not be read to compare (in the page: a tainted canvas, say).
  'photo-unverified': { microsoft365HasPhoto: true, sharePointPhoto: 'a', photoMatch: 'unknown' },
  // The user was promoted and moved; the directory import has not reached SharePoint yet.
  'property-differs': {
    sharePoint: {
      Title: 'Project Coordinator', 'SPS-JobTitle': 'Project Coordinator', Department: 'Sales', 'SPS-Department': 'Sales'
    },
    microsoft365HasPhoto: true,
    sharePointPhoto: 'a'
  },
  // The user typed a mobile number in SharePoint; Microsoft does not sync it, so this is only a note.
  'property-not-synced': {
    sharePoint: { CellPhone: '+1 425 555 0177' },
    microsoft365: { mobilePhone: '+1 425 555 0188' },
    microsoft365HasPhoto: true,
    sharePointPhoto: 'a'
  }
};

/** A realistic check in the given state, as if made at `now`. */
export function previewCheck(state: PreviewState, now: Date = new Date()): ProfileCheck {
  switch (state) {
    case 'partial-graph-permission':
      return graphPermissionCheck(now);
    case 'error-sharepoint-unavailable':
      return unavailableCheck(now);
    default:
      return completeCheck(RECIPES[state], now);
  }
}

function completeCheck(recipe: CompleteRecipe, now: Date): CompleteCheck {
  const input: DiagnoseInput = {
    sharePointProfile: previewSharePointBody(now, recipe.sharePoint),
    graphUser: previewGraphUserBody(recipe.microsoft365),
    graphPhoto: recipe.microsoft365HasPhoto ? previewGraphPhotoBody() : null
  };
  const sharePoint = readSharePointProfile(input.sharePointProfile);
  const graphPhoto = readGraphPhoto(input.graphPhoto);
  const presence = photoPresenceOf(sharePoint, graphPhoto);
  // As the checker does: the pixels are compared only when both sides have a photo.
  const photoMatch = presence.inSharePoint && presence.inMicrosoft365 ? recipe.photoMatch || 'same' : undefined;
  return {
    kind: 'complete',
    diagnosis: diagnose({ ...input, photoMatch }),
    properties: compareProperties(input),
    sharePoint,
    graphUser: readGraphUser(input.graphUser),
    photos: {
      sharePoint: presence.inSharePoint ? photoView(recipe.sharePointPhoto, sharePointPhotoValidator(sharePoint)) : undefined,
      microsoft365: graphPhoto ? photoView('a', microsoft365PhotoValidator(graphPhoto)) : undefined
    },
    photoMatch,
    checkedAt: now
  };
}

// Microsoft Graph refused /me: the User.Read request was never approved in SharePoint admin center.
// SharePoint answered, so the page still shows its photo; the Microsoft 365 side "couldn't load".
function graphPermissionCheck(now: Date): PartialCheck {
  const sharePoint = readSharePointProfile(previewSharePointBody(now));
  return {
    kind: 'partial',
    failures: [
      new SourceError(
        'graph',
        'permission',
        'Microsoft Graph answered 403 to /me?$select=id,userPrincipalName,displayName,givenName,surname,jobTitle,' +
          'department,officeLocation,businessPhones,mail,mobilePhone (in $batch)',
        403
      )
    ],
    sharePoint,
    photos: { sharePoint: photoView('a', sharePointPhotoValidator(sharePoint)), microsoft365: {} },
    checkedAt: now
  };
}

// A service incident: neither side answered (a failed check is one where neither could be read), so
// the page shows no verdict and no photos, only what went wrong.
function unavailableCheck(now: Date): FailedCheck {
  return {
    kind: 'failed',
    failures: [
      new SourceError(
        'sharePoint',
        'unavailable',
        'SharePoint answered 503: Error making HttpClient request in queryable [503] Service Unavailable',
        503
      ),
      new SourceError('graph', 'unavailable', 'Microsoft Graph answered 503 to /v1.0/$batch', 503)
    ],
    checkedAt: now
  };
}

function photoView(kind: PreviewPhotoKind, validator: string | undefined): PhotoView {
  return { blob: previewPhotoSvg(kind), validator };
}
