import { GraphDirectoryReader } from '../sources/organisation/GraphDirectoryReader';
import { GraphPhotoPresenceReader } from '../sources/organisation/GraphPhotoPresenceReader';
import { GRAPH_PACING, Pacer, SEARCH_PACING, SHAREPOINT_PACING } from '../sources/organisation/pacing';
import { PeopleIndexReader } from '../sources/organisation/PeopleIndexReader';
import { SharePointProfilesReader } from '../sources/organisation/SharePointProfilesReader';
import { OrganisationScanner } from './OrganisationScanner';
import { personDetailsReader } from './personDetails';
import { ScanStore } from './scanStore';
import { CreateOrganisationScanner } from './types';

/** The scanner over the page's connection; each service paced on its own, shared by all of the scan's readers. */
export const createOrganisationScanner: CreateOrganisationScanner = (inputs, settings) => {
  // The pacers tell the scanner of waits; it is built after them.
  const built: { scanner?: OrganisationScanner } = {};
  const graphPacer = new Pacer('graph', GRAPH_PACING, (wait) => { if (built.scanner) built.scanner.heardWait('graph', wait); });
  const sharePointPacer = new Pacer('sharePoint', SHAREPOINT_PACING, (wait) => { if (built.scanner) built.scanner.heardWait('sharePoint', wait); });
  // Search has a limit of its own (10 a second per user), beside the per-user request limit the profiles are paced for.
  const searchPacer = new Pacer('sharePoint', SEARCH_PACING, (wait) => { if (built.scanner) built.scanner.heardWait('sharePoint', wait); });
  built.scanner = new OrganisationScanner({
    directory: new GraphDirectoryReader(inputs.graphFetch, graphPacer),
    photos: new GraphPhotoPresenceReader(inputs.graphFetch, graphPacer),
    profiles: new SharePointProfilesReader(inputs.sp, sharePointPacer),
    index: new PeopleIndexReader(inputs.sp, searchPacer),
    searchPacer,
    graphPacer,
    sharePointPacer,
    store: new ScanStore(inputs.storage, inputs.userKey, settings),
    details: personDetailsReader(inputs, settings.fields)
  }, settings);
  return built.scanner;
};
