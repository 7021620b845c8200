import type { IPhotoDecoder, PhotoFingerprint, PhotoMatch } from './types';

// Comparing photos needs the fingerprint code; showing a cached verdict does not. These load it in
// its own chunk the first time a photo is compared, so any caller, the page's first bundle included,
// can use them without taking the code in. Same names and results as the files they load.

const loadFingerprintCode = (): Promise<typeof import('./fingerprintPhotos')> =>
  import(/* webpackChunkName: 'profile-sync-pixels' */ './fingerprintPhotos');

/**
 * Starts loading the fingerprint code now, for a check that is about to compare photos: it then loads
 * while the photos are on their way rather than after they arrive.
 */
export function preloadFingerprintCode(): void {
  loadFingerprintCode().catch(() => undefined);
}

/** See fingerprintPhotos.ts. */
export async function fingerprintPhotos(decoder: IPhotoDecoder, photos: ReadonlyArray<Blob | undefined>): Promise<Array<PhotoFingerprint | undefined>> {
  const code = await loadFingerprintCode();
  return code.fingerprintPhotos(decoder, photos);
}

/** See matchPhotos.ts. */
export async function matchPhotos(decoder: IPhotoDecoder, a: Blob | undefined, b: Blob | undefined): Promise<PhotoMatch> {
  const code = await import(/* webpackChunkName: 'profile-sync-pixels' */ './matchPhotos');
  return code.matchPhotos(decoder, a, b);
}
