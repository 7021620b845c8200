import { photoFingerprint, PhotoFingerprint } from '../profile/photoFingerprint';
import { IPhotoDecoder } from '../sources/photos/IPhotoDecoder';

/**
 * Decodes a photo and takes its fingerprint (loaded on demand: not needed to show a cached verdict).
 * Undefined when the bytes are not an image this browser can read: the comparison is then unknown.
 */
export async function fingerprintPhoto(decoder: IPhotoDecoder, photo: Blob): Promise<PhotoFingerprint | undefined> {
  try {
    return photoFingerprint(await decoder.decode(photo));
  } catch {
    return undefined;
  }
}
