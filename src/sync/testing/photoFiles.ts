// Stand-in photo files for tests: the right signature for the format, then filler up to a size.
// The pixels come from fakeSources' decoder, which knows what each blob stands for.

export type TestPhotoFormat = 'jpeg' | 'png' | 'bmp' | 'gif' | 'webp' | 'garbage';

const SIGNATURES: Record<TestPhotoFormat, number[]> = {
  jpeg: [0xff, 0xd8, 0xff, 0xe0],
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  bmp: [0x42, 0x4d],
  gif: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61], // GIF89a
  webp: [0x52, 0x49, 0x46, 0x46, 0x24, 0x00, 0x00, 0x00, 0x57, 0x45, 0x42, 0x50], // RIFF....WEBP
  // What an error page served with 200 looks like: "<!DOCTYPE".
  garbage: [0x3c, 0x21, 0x44, 0x4f, 0x43, 0x54, 0x59, 0x50, 0x45]
};

export const MIME_TYPES: Record<TestPhotoFormat, string> = {
  jpeg: 'image/jpeg', png: 'image/png', bmp: 'image/bmp', gif: 'image/gif', webp: 'image/webp', garbage: 'text/html'
};

/** The bytes of a `format` file of `length` bytes (at least its signature). */
export function photoBytes(format: TestPhotoFormat, length = 2048): Uint8Array {
  const signature = SIGNATURES[format];
  const bytes = new Uint8Array(Math.max(length, signature.length));
  bytes.set(signature);
  return bytes;
}
