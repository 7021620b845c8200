import { readGraphPhoto } from '../profile';
import type { IGraphProfileSource } from '../sources';
import type { IPendingPhotoSyncStore, PendingPhotoSync, PhotoSyncOutcome } from './types';

/**
 * The etag of the Microsoft 365 photo as Graph says it now, or undefined when it cannot tell: no
 * photo, an error, or an empty etag (Graph's placeholder answer has one, and it names no photo).
 */
export async function currentMicrosoft365Etag(graph: IGraphProfileSource): Promise<string | undefined> {
  try {
    const photo = readGraphPhoto(await graph.getMyPhotoMetadata());
    return photo && photo.etag !== '' ? photo.etag : undefined;
  } catch {
    return undefined;
  }
}

/** The pending sync of this very Microsoft 365 photo, if there is one: sending it again would change nothing. */
export function pendingFor(store: IPendingPhotoSyncStore | undefined, etag: string | undefined): PendingPhotoSync | undefined {
  const pending = store && etag ? store.read() : undefined;
  return pending && pending.microsoft365Etag === etag ? pending : undefined;
}

/**
 * Remembers what the sync's outcome means for the next checks: accepted but not confirmed is
 * pending (SharePoint's cache can show the old photo for up to a day); verified needs nothing more.
 * A failure changes nothing: a pending sync from before still stands.
 */
export function rememberOutcome(store: IPendingPhotoSyncStore | undefined, outcome: PhotoSyncOutcome, etag: string | undefined, now: number): void {
  if (!store) return;
  if (outcome.kind === 'verified') store.clear();
  // Without an etag there is no telling later whether Microsoft 365 still has this photo.
  else if (outcome.kind === 'accepted' && etag) store.write({ microsoft365Etag: etag, uploadedAt: now });
}
