// Photo pixels: decoding, fingerprints and whether two photos are the same picture.
// fingerprintPhotos and matchPhotos are loaders (onDemand.ts): the code behind them is in its own
// chunk ('profile-sync-pixels'), so the page's first bundle can import from here.
export { CanvasPhotoDecoder } from './CanvasPhotoDecoder';
export { loadImage } from './loadImage';
export { areaAverage } from './areaAverage';
export { photoFingerprint } from './photoFingerprint';
export { fingerprintsMatch, fingerprintDistance, PHOTO_MATCH_THRESHOLDS } from './fingerprintsMatch';
export { photoMatchOf } from './photoMatchOf';
export { comparePhotos } from './comparePhotos';
export { fingerprintPhotos, matchPhotos, preloadFingerprintCode } from './onDemand';
export { PHOTO_COMPARE_MEASURE } from './photoCompareMeasure';
export type { RgbaImage, PixelRegion, PhotoFingerprint, FingerprintDistance, PhotoMatch, IPhotoDecoder } from './types';
