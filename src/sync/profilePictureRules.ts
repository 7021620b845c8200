// What SetMyProfilePicture accepts (docs/DOMAIN.md, "SharePoint REST shapes"): BMP, JPEG or PNG,
// within a size limit. GIF is what Graph serves for "no photo" (a 1x1 placeholder) and is refused.

/**
 * The largest picture we send, in bytes. Microsoft documents 5,000,000 bytes; PnPjs says "4.76MB",
 * which is the same limit written in MiB and cut short (5,000,000 / 1024² = 4.768). Read literally,
 * 4.76 MiB is 4,991,221 bytes: we use that, the smaller reading, so that no picture is refused by
 * one of them; it costs under 0.2 %. Graph photos are far smaller (a 648x648 JPEG is ~100 KB).
 */
export const MAX_PROFILE_PICTURE_BYTES = Math.floor(4.76 * 1024 * 1024);

export type PhotoFormat = 'jpeg' | 'png' | 'bmp' | 'gif';

/** The formats SetMyProfilePicture accepts. */
export type ProfilePictureFormat = Exclude<PhotoFormat, 'gif'>;

const SIGNATURES: Array<{ format: PhotoFormat; bytes: number[] }> = [
  { format: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { format: 'png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { format: 'bmp', bytes: [0x42, 0x4d] },
  // "GIF8" starts both GIF87a and GIF89a.
  { format: 'gif', bytes: [0x47, 0x49, 0x46, 0x38] }
];

/** How many leading bytes photoFormat needs. */
export const SIGNATURE_LENGTH = 8;

/**
 * The format the bytes are in, by their signature (what SharePoint's decoder goes by, not the
 * Content-Type); undefined for anything else. A bare signature with nothing after it is no picture.
 */
export function photoFormat(leadingBytes: ArrayLike<number>, totalBytes: number): PhotoFormat | undefined {
  const match = SIGNATURES.filter((signature) =>
    totalBytes > signature.bytes.length &&
    signature.bytes.every((byte, i) => leadingBytes[i] === byte))[0];
  return match ? match.format : undefined;
}

export function isProfilePictureFormat(format: PhotoFormat | undefined): format is ProfilePictureFormat {
  return format === 'jpeg' || format === 'png' || format === 'bmp';
}
