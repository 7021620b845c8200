import { Jimp } from 'jimp';
import { RgbaImage } from '../types';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { jpegBytes } = require('../../../tenant/jpegBytes');

// JPEG round trips through jimp, as the photo goes Exchange -> SharePoint renditions.
// Tests that use this must run in the node environment (see nodeTestEnvironment.js).

export async function reencodeAsJpeg(image: RgbaImage, quality: number): Promise<RgbaImage> {
  const source = new Jimp({ width: image.width, height: image.height });
  source.bitmap.data.set(image.data as ArrayLike<number>);
  const bytes: Buffer = await jpegBytes(source, quality);
  // Jimp.read sniffs the type with a dynamic import, which jest cannot run without
  // --experimental-vm-modules; the JPEG decoder is the same, reached directly.
  const jpeg = source.formats.find((format) => format.mime === 'image/jpeg');
  if (!jpeg || !jpeg.decode) throw new Error('jimp has no JPEG decoder');
  const decoded = await jpeg.decode(bytes);
  return { data: new Uint8ClampedArray(decoded.data), width: decoded.width, height: decoded.height };
}
