// Moved to ../text/fieldLabel.ts. Kept only until ProfileSyncWebPart.ts imports it from there; then delete.
export { fieldLabel } from '../text/fieldLabel';
