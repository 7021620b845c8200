import type { ProfileSources } from '../../../check';
import { GraphProfileSource, SharePointProfileSource } from '../../../sources';
import { lazyPhotoDecoder } from '../../../pixels/lazyPhotoDecoder';
import type { ServiceConnection } from './types';

/** The check's sources over a connection: the same classes on a SharePoint page and on the fake tenant. */
export function profileSources(connection: ServiceConnection): ProfileSources {
  return {
    sharePoint: new SharePointProfileSource(connection.sp, connection.siteUrl, connection.fetch),
    graph: new GraphProfileSource(connection.graphFetch),
    decoder: lazyPhotoDecoder()
  };
}
