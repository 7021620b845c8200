import { readLeadingBytes } from './readLeadingBytes';

// Which image format bytes are in, by their signature: what the photo sync checks before it sends a
// photo, and what tells a damaged Microsoft 365 photo from one this browser merely failed to draw.

export type PhotoFormat = 'jpeg' | 'png' | 'bmp' | 'gif';

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

/** The format of a photo's bytes, read from their start; rejects when the bytes cannot be read. */
export async function photoFormatOf(photo: Blob): Promise<PhotoFormat | undefined> {
  return photoFormat(await readLeadingBytes(photo, SIGNATURE_LENGTH), photo.size);
}
