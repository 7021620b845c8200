// Photo pixels: decoding, fingerprints and whether two photos are the same picture.
// Code in the page's first bundle imports what it needs from the files themselves and loads
// fingerprintPhotos with import() (chunk 'profile-sync-pixels'): the fingerprint maths is not needed
// to show a cached verdict.
export { CanvasPhotoDecoder } from './CanvasPhotoDecoder';
export { loadImage } from './loadImage';
export { areaAverage } from './areaAverage';
export { photoFingerprint } from './photoFingerprint';
export { fingerprintsMatch, fingerprintDistance, PHOTO_MATCH_THRESHOLDS } from './fingerprintsMatch';
export { photoMatchOf } from './photoMatchOf';
export { comparePhotos } from './comparePhotos';
export { fingerprintPhotos, PHOTO_COMPARE_MEASURE } from './fingerprintPhotos';
export { matchPhotos } from './matchPhotos';
export type { RgbaImage, PhotoFingerprint, FingerprintDistance, PhotoMatch, IPhotoDecoder } from './types';
