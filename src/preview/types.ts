// The states a site owner can preview in edit mode: one per finding, plus the two ways a check fails.
export const PREVIEW_STATES = [
  'in-sync',
  'photo-missing-in-sharepoint',
  'photo-missing-in-microsoft365',
  'photo-differs',
  'photo-unverified',
  'property-differs',
  'property-not-synced',
  'partial-graph-permission',
  'error-sharepoint-unavailable'
] as const;

export type PreviewState = (typeof PREVIEW_STATES)[number];

/** Two made-up portraits: the same one on both sides, or a different one. */
export type PreviewPhotoKind = 'a' | 'b';
