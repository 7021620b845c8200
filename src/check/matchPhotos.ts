import { comparePhotos } from '../profile';
import { IPhotoDecoder } from '../sources/photos/IPhotoDecoder';
import { PhotoMatch } from './types';

/**
 * Compares two photos' pixels. Anything that stops a comparison (bytes missing, not an image,
 * a tainted canvas) makes the outcome `unknown`: the page then shows both photos for the user to judge.
 */
export async function matchPhotos(decoder: IPhotoDecoder, a: Blob | undefined, b: Blob | undefined): Promise<PhotoMatch> {
  if (!a || !b) return 'unknown';
  try {
    const [pixelsA, pixelsB] = await Promise.all([decoder.decode(a), decoder.decode(b)]);
    return comparePhotos(pixelsA, pixelsB);
  } catch {
    return 'unknown';
  }
}
