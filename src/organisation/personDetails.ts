import { checkProfile, ProfileSources } from '../check';
import { lazyPhotoDecoder } from '../pixels/lazyPhotoDecoder';
import { GraphProfileSource } from '../sources/graph/GraphProfileSource';
import { graphFetchForUser } from '../sources/organisation/graphFetchForUser';
import { PersonSharePointSource } from '../sources/organisation/PersonSharePointSource';
import { OrganisationScannerInputs, PersonDetails, ScannedPerson } from './types';


/** What opening people needs: one decoder for all of them. */
export function personDetailsReader(inputs: OrganisationScannerInputs, fields: readonly string[]): (person: ScannedPerson) => Promise<PersonDetails> {
  const decoder = inputs.decoder || lazyPhotoDecoder();
  return (person) => {
    const sources: ProfileSources = {
      graph: new GraphProfileSource(graphFetchForUser(inputs.graphFetch, person.id)),
      sharePoint: new PersonSharePointSource(inputs.sp, inputs.siteUrl, inputs.fetch, person.userPrincipalName),
      decoder
    };
    // The same check as the "My profile" view, pixels compared, for this one person.
    return checkProfile(sources, { fields, account: person.userPrincipalName });
  };
}
