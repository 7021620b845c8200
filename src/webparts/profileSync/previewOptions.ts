import * as strings from 'ProfileSyncWebPartStrings';
import type { PreviewState } from '../../preview';

// The same keys as src/preview's PREVIEW_STATES (kept here so the preview code loads only when used).
export const PREVIEW_OPTIONS: readonly string[] = ['none', 'in-sync', 'photo-missing-in-sharepoint', 'photo-missing-in-microsoft365', 'photo-differs',
  'photo-unverified', 'property-differs', 'property-not-synced', 'partial-graph-permission', 'error-sharepoint-unavailable'];

type PreviewOption = 'none' | PreviewState;

// Typed by PreviewState, so a new preview state without a label does not compile.
const PREVIEW_LABELS: Record<PreviewOption, string> = {
  none: strings.PreviewNone,
  'in-sync': strings.PreviewInSync,
  'photo-missing-in-sharepoint': strings.PreviewPhotoMissingInSharePoint,
  'photo-missing-in-microsoft365': strings.PreviewPhotoMissingInMicrosoft365,
  'photo-differs': strings.PreviewPhotoDiffers,
  'photo-unverified': strings.PreviewPhotoUnverified,
  'property-differs': strings.PreviewPropertyDiffers,
  'property-not-synced': strings.PreviewPropertyNotSynced,
  'partial-graph-permission': strings.PreviewPartialGraphPermission,
  'error-sharepoint-unavailable': strings.PreviewErrorSharePointUnavailable
};

function isPreviewOption(key: string): key is PreviewOption {
  return Object.prototype.hasOwnProperty.call(PREVIEW_LABELS, key);
}

export function previewLabel(key: string): string {
  return isPreviewOption(key) ? PREVIEW_LABELS[key] : key;
}
