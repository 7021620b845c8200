// What the browser's canvas does for CanvasPhotoDecoder (jsdom has no image decoder and never loads an
// <img>): JPEG and PNG decoded to RGBA with jimp. The fingerprint takes any size, so no resize here.
// jimp's browser build is ES modules only: the test that uses this loads packages' node builds
// (jsdomWithFetch.js does).
import { Jimp } from 'jimp';
import type { IPhotoDecoder, RgbaImage } from '../../src/pixels';

const formats: Array<{ mime: string; decode?: (bytes: Buffer) => Promise<{ data: ArrayLike<number>; width: number; height: number }> }> =
  new Jimp({ width: 1, height: 1 }).formats as never;

export class JimpPhotoDecoder implements IPhotoDecoder {
  public async decode(photo: Blob): Promise<RgbaImage> {
    const format = formats.find((candidate) => candidate.mime === photo.type);
    if (!format || !format.decode) throw new Error(`Cannot decode ${photo.type || 'bytes without a type'}`);
    const bytes = Buffer.from(new Uint8Array(await photo.arrayBuffer()));
    const decoded = await format.decode(bytes);
    return { data: new Uint8ClampedArray(decoded.data), width: decoded.width, height: decoded.height };
  }
}
