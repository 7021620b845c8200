import * as React from 'react';
import type { IPhotoSync, PhotoSyncState } from '../../../sync';

const IDLE: PhotoSyncState = { status: 'idle' };

/** The photo sync's state as it changes; idle when the page has no photo sync. */
export function usePhotoSyncState(photoSync: IPhotoSync | undefined): PhotoSyncState {
  const [state, setState] = React.useState<PhotoSyncState>(photoSync ? photoSync.state : IDLE);
  React.useEffect(() => (photoSync ? photoSync.subscribe(setState) : undefined), [photoSync]);
  return state;
}
