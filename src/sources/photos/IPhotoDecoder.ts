import { RgbaImage } from '../../profile';

/** Turns image bytes into pixels; rejects when the bytes are not an image the browser can decode. */
export interface IPhotoDecoder {
  decode(photo: Blob): Promise<RgbaImage>;
}
