// ProfileSync loads this with import(), so the details are their own chunk: import only types statically.
export { default } from './ProfileSyncDetails';
export type { IProfileSyncDetailsProps } from './ProfileSyncDetails';
