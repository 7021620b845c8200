export { default } from './ProfileSync';
export type { IProfileSyncProps } from './ProfileSync';
