import { readGraphPhoto } from './graphPhoto';
import { readSharePointProfile } from './sharePointProfile';
import { DiagnoseInput, GraphPhoto, PhotoPresence, SharePointProfile } from './types';

export function photoPresence(input: DiagnoseInput): PhotoPresence {
  return photoPresenceOf(readSharePointProfile(input.sharePointProfile), readGraphPhoto(input.graphPhoto));
}

const PLACEHOLDER_STATE = 'SPS-PicturePlaceholderState';

/**
 * SharePoint has a photo when the profile says a real one is set (placeholder state "0") and
 * points at it; either alone is not enough (docs/DOMAIN.md, "Profile properties that record the
 * photo state"). Older and partial profiles lack the picture-state keys altogether (tenant/README.md,
 * `partial-profile`): there the picture URL, which SharePoint sets only for an uploaded photo, is all
 * there is to go by. Microsoft 365 has one when readGraphPhoto found a real one.
 */
export function photoPresenceOf(profile: SharePointProfile, photo: GraphPhoto | null): PhotoPresence {
  const stateRecorded = Object.prototype.hasOwnProperty.call(profile.properties, PLACEHOLDER_STATE);
  return {
    inSharePoint: (!stateRecorded || profile.placeholderState.trim() === '0') && profile.pictureUrl.trim() !== '',
    inMicrosoft365: photo !== null
  };
}
