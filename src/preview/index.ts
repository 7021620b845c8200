// Example checks for site owners in edit mode: what the page looks like in each state, built by the
// real core from made-up bodies, without a request and without anyone's profile.
export { PREVIEW_STATES, previewCheck } from './previewChecks';
export type { PreviewState } from './previewChecks';
export { previewPhotoSvg } from './previewPhotos';
export type { PreviewPhotoKind } from './previewPhotos';
