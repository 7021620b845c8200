import type { IPhotoDecoder } from './types';

/**
 * The canvas decoder, loaded with the pixel comparison's chunk: a static import of the pixels module
 * would put the fingerprint code in the initial bundle (`npm run size` shows the split). A failed
 * load is tried again on the next photo.
 */
export function lazyPhotoDecoder(): IPhotoDecoder {
  let loading: Promise<IPhotoDecoder> | undefined;
  return {
    decode(photo: Blob) {
      if (!loading) {
        // The file, not the pixels barrel: the chunk then holds only what decoding and fingerprints need.
        loading = import(/* webpackChunkName: 'profile-sync-pixels' */ './CanvasPhotoDecoder').then((pixels) => new pixels.CanvasPhotoDecoder());
        loading.catch(() => { loading = undefined; });
      }
      return loading.then((decoder) => decoder.decode(photo));
    }
  };
}
