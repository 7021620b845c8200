// Example checks for site owners in edit mode: what the page looks like in each state, built by the
// real core from made-up bodies, without a request and without anyone's profile.
export { previewCheck } from './previewChecks';
export { PREVIEW_STATES } from './types';
export type { PreviewState } from './types';
export { previewPhotoSvg } from './previewPhotos';
export type { PreviewPhotoKind } from './types';
