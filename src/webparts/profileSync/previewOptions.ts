import * as strings from 'ProfileSyncWebPartStrings';

// The same keys as src/preview's PREVIEW_STATES (kept here so the preview code loads only when used).
export const PREVIEW_OPTIONS: readonly string[] = ['none', 'in-sync', 'photo-missing-in-sharepoint', 'photo-missing-in-microsoft365', 'photo-differs',
  'photo-unverified', 'property-differs', 'property-not-synced', 'partial-graph-permission', 'error-sharepoint-unavailable'];

export function previewLabel(key: string): string {
  const name = key.split('-').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
  return (strings as unknown as Record<string, string>)[`Preview${name}`] || key;
}
