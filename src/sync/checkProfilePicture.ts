import type { IPhotoDecoder, RgbaImage } from '../pixels';
import { photoFormatOf } from '../pixels/photoFormat';
import { isProfilePictureFormat, ProfilePictureFormat } from './profilePictureRules';
import { PhotoRefusal } from './types';

export type ProfilePictureCheck =
  | { ok: true; format: ProfilePictureFormat; bytes: number; fitsSharePoint: boolean }
  | { ok: false; refusal: Exclude<PhotoRefusal, 'too-large'> };

async function decodedOrUndefined(photo: Blob, decoder: IPhotoDecoder): Promise<RgbaImage | undefined> {
  try {
    const pixels = await decoder.decode(photo);
    return pixels.width > 0 && pixels.height > 0 ? pixels : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether SharePoint may be given these bytes as the user's picture: they decode, are JPEG, PNG or
 * BMP, and are not the "no photo" placeholder. Being too large is not a refusal here (the picture
 * can be made smaller); `fitsSharePoint` says whether it must be.
 */
export async function checkProfilePicture(photo: Blob, decoder: IPhotoDecoder, maxBytes: number): Promise<ProfilePictureCheck> {
  if (photo.size === 0) return { ok: false, refusal: 'not-an-image' };
  const format = await photoFormatOf(photo);
  const pixels = await decodedOrUndefined(photo, decoder);
  if (!pixels) return { ok: false, refusal: 'not-an-image' };
  // Graph's "no photo" placeholder is a 1x1 GIF (DOMAIN.md); a single pixel is no photo in any
  // format. Any other GIF is a real picture in a format SharePoint refuses.
  if (isOnePixel(pixels)) return { ok: false, refusal: 'placeholder' };
  if (!isProfilePictureFormat(format)) return { ok: false, refusal: 'unsupported-format' };
  return { ok: true, format, bytes: photo.size, fitsSharePoint: photo.size <= maxBytes };
}

function isOnePixel(pixels: RgbaImage): boolean {
  return pixels.width === 1 && pixels.height === 1;
}
