import type { IPendingPhotoSyncStore, PendingPhotoSync } from '../types';

/** A pending-sync store in memory, whose record a test can set and read. */
export function memoryPendingStore(initial?: PendingPhotoSync): IPendingPhotoSyncStore & { record?: PendingPhotoSync } {
  const store: IPendingPhotoSyncStore & { record?: PendingPhotoSync } = {
    record: initial,
    read: () => store.record,
    write: (pending) => { store.record = pending; },
    clear: () => { store.record = undefined; }
  };
  return store;
}
