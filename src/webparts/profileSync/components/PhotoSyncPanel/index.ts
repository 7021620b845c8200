export { PhotoSyncPanel } from './PhotoSyncPanel';
export type { IPhotoSyncPanelProps } from './PhotoSyncPanel';
