/** The User Timing measure of decoding and fingerprinting photos; bench/run.js reads it by this name. */
export const PHOTO_COMPARE_MEASURE = 'profile-sync:photo-compare';
