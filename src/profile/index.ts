// The pure decision core of the profile sync web part: raw SharePoint and Graph bodies in,
// a diagnosis out. No React, SPFx or PnPjs here.
export { diagnose } from './diagnose';
export { compareProperties, compareProfileProperties } from './compareProperties';
export { photoPresence, photoPresenceOf } from './photoPresence';
export { readSharePointProfile } from './sharePointProfile';
export { ownAccount } from './ownAccount';
export { readGraphUser } from './graphUser';
export { readGraphPhoto } from './graphPhoto';
export { PROPERTY_MAPPINGS, COMPARED_FIELDS } from './propertyMappings';
export { sameValue } from './sameValue';
export { pictureTimestampToDate } from './pictureTimestamp';
export { comparePhotos } from './comparePhotos';
export { photoFingerprint } from './photoFingerprint';
export type { PhotoFingerprint } from './photoFingerprint';
export { fingerprintsMatch, fingerprintDistance, PHOTO_MATCH_THRESHOLDS } from './fingerprintsMatch';
export type { FingerprintDistance } from './fingerprintsMatch';
export { ProfileDataError } from './ProfileDataError';
export type {
  DiagnoseInput,
  Diagnosis,
  Finding,
  FindingCode,
  Severity,
  PhotoMatch,
  PhotoPresence,
  SharePointProfile,
  GraphUser,
  GraphPhoto,
  PropertyMapping,
  PropertyComparison,
  ValueKind,
  RgbaImage
} from './types';
