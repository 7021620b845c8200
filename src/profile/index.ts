// The pure decision core of the profile sync web part: raw SharePoint and Graph bodies in,
// a diagnosis out. No React, SPFx or PnPjs here.
export { diagnose } from './diagnose';
export { compareProperties, compareProfileProperties, readProperties } from './compareProperties';
export { photoPresence, photoPresenceOf } from './photoPresence';
export { readSharePointProfile } from './sharePointProfile';
export { ownAccount } from './ownAccount';
export { readGraphUser } from './graphUser';
export { readGraphPhoto, readGraphPhotoState } from './graphPhoto';
export { PROPERTY_MAPPINGS, COMPARED_FIELDS } from './propertyMappings';
export { sameValue } from './sameValue';
export { pictureTimestampToDate } from './pictureTimestamp';
export { ProfileDataError } from './ProfileDataError';
// The photo comparison is the pixels module's; it stays part of this entry point's contract. From the
// files, not the pixels barrel: the core takes the pixel maths, not the browser's decoders.
export { comparePhotos } from '../pixels/comparePhotos';
export { photoFingerprint } from '../pixels/photoFingerprint';
export { fingerprintsMatch, fingerprintDistance, PHOTO_MATCH_THRESHOLDS } from '../pixels/fingerprintsMatch';
export type { PhotoFingerprint, FingerprintDistance, PhotoMatch, RgbaImage } from '../pixels/types';
export type {
  DiagnoseInput,
  Diagnosis,
  Finding,
  FindingCode,
  Severity,
  PhotoPresence,
  SharePointProfile,
  GraphUser,
  GraphPhoto,
  GraphPhotoState,
  PropertyMapping,
  PropertyComparison,
  PropertyReading,
  ValueKind
} from './types';
