import { checkProfile, ProfileSources } from '../check';
import type { IPhotoDecoder } from '../pixels/types';
import { GraphProfileSource } from '../sources/graph/GraphProfileSource';
import { graphFetchForUser } from '../sources/organisation/graphFetchForUser';
import { PersonSharePointSource } from '../sources/organisation/PersonSharePointSource';
import { OrganisationScannerInputs, PersonDetails, ScannedPerson } from './types';

/** The canvas decoder, loaded with the pixel comparison's chunk the first time a person is opened. */
function onDemandDecoder(): IPhotoDecoder {
  let loading: Promise<IPhotoDecoder> | undefined;
  return {
    decode(photo: Blob) {
      if (!loading) {
        loading = import(/* webpackChunkName: 'profile-sync-pixels' */ '../pixels').then((pixels) => new pixels.CanvasPhotoDecoder());
        loading.catch(() => { loading = undefined; });
      }
      return loading.then((decoder) => decoder.decode(photo));
    }
  };
}

/** What opening people needs: one decoder for all of them. */
export function personDetailsReader(inputs: OrganisationScannerInputs, fields: readonly string[]): (person: ScannedPerson) => Promise<PersonDetails> {
  const decoder = inputs.decoder || onDemandDecoder();
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
