import type { PhotoFormat } from '../pixels/photoFormat';

// What SetMyProfilePicture accepts (docs/DOMAIN.md, "SharePoint REST shapes"): BMP, JPEG or PNG,
// within a size limit. GIF is what Graph serves for "no photo" (a 1x1 placeholder) and is refused.

/**
 * The largest picture we send, in bytes. Microsoft documents 5,000,000 bytes; PnPjs says "4.76MB",
 * which is the same limit written in MiB and cut short (5,000,000 / 1024² = 4.768). Read literally,
 * 4.76 MiB is 4,991,221 bytes: we use that, the smaller reading, so that no picture is refused by
 * one of them; it costs under 0.2 %. Graph photos are far smaller (a 648x648 JPEG is ~100 KB).
 */
export const MAX_PROFILE_PICTURE_BYTES = Math.floor(4.76 * 1024 * 1024);

/** The formats SetMyProfilePicture accepts. */
export type ProfilePictureFormat = Exclude<PhotoFormat, 'gif'>;

export function isProfilePictureFormat(format: PhotoFormat | undefined): format is ProfilePictureFormat {
  return format === 'jpeg' || format === 'png' || format === 'bmp';
}
