import { readGraphPhoto } from './graphPhoto';
import { readSharePointProfile } from './sharePointProfile';
import { DiagnoseInput, GraphPhoto, PhotoPresence, SharePointProfile } from './types';

export function photoPresence(input: DiagnoseInput): PhotoPresence {
  return photoPresenceOf(readSharePointProfile(input.sharePointProfile), readGraphPhoto(input.graphPhoto));
}

/**
 * SharePoint has a photo when the profile says a real one is set (placeholder state "0") and
 * points at it; either alone is not enough (docs/DOMAIN.md, "Profile properties that record the
 * photo state"). Microsoft 365 has one when readGraphPhoto found a real one.
 */
export function photoPresenceOf(profile: SharePointProfile, photo: GraphPhoto | null): PhotoPresence {
  return {
    inSharePoint: profile.placeholderState.trim() === '0' && profile.pictureUrl.trim() !== '',
    inMicrosoft365: photo !== null
  };
}
