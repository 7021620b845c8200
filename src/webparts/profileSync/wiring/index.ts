// Builds the web part's services from plain inputs: the SPFx context on a page, the fake tenant in the harness.
export { profileSyncServices, servicesOver } from './profileSyncServices';
export { browserStorage } from './browserStorage';
export { graphEndpointOf, WORLDWIDE_GRAPH } from './graphEndpoint';
export { pagePhotoSyncs, PhotoSyncRegistry } from './photoSyncRegistry';
export { userKeyOf } from './checkCache';
export type { ProfileSyncServices, ServiceConnection, ServiceInputs, SignedInUser, ViewServices, ViewSettings } from './types';
