// Photo pixels: decoding, fingerprints and whether two photos are the same picture.
export { CanvasPhotoDecoder } from '../sources/photos/CanvasPhotoDecoder';
export type { IPhotoDecoder } from '../sources/photos/IPhotoDecoder';
export { comparePhotos, photoFingerprint, fingerprintsMatch, fingerprintDistance, PHOTO_MATCH_THRESHOLDS } from '../profile';
export type { PhotoFingerprint, FingerprintDistance, RgbaImage, PhotoMatch } from '../profile';
export { fingerprintPhotos, PHOTO_COMPARE_MEASURE } from '../check/photoFingerprints';
export { matchPhotos } from '../check/matchPhotos';
