// What the organisation scan reads from: the directory, photo presence and SharePoint profiles, paced.
export type {
  DirectoryPage, DirectoryScope, IDirectoryReader, PhotoPresenceAnswer, IPhotoPresenceReader, ProfileRequest,
  SharePointProfileAnswer, ISharePointProfilesReader, IPeopleIndexReader, PacingLimits, IPacer, PacerWaitListener
} from './types';
export { Pacer, PacingAborted, GRAPH_PACING, SHAREPOINT_PACING, SEARCH_PACING } from './pacing';
export { GraphDirectoryReader, graphPathOf } from './GraphDirectoryReader';
export { GraphPhotoPresenceReader, PHOTO_BATCH_SIZE } from './GraphPhotoPresenceReader';
export { SharePointProfilesReader, PROFILE_BATCH_SIZE, claimsOf } from './SharePointProfilesReader';
export { PeopleIndexReader, PEOPLE_SOURCE_ID, INDEX_PAGE_SIZE } from './PeopleIndexReader';
export { peopleIndexEntryOf, INDEX_PROPERTIES } from './peopleIndexEntry';
export type { PeopleIndexEntry } from './peopleIndexEntry';
