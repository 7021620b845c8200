import { RgbaImage } from '../types';

/** A copy of part of an image, as a service that crops a photo keeps it. Written apart from the core's regions. */
export function crop(image: RgbaImage, left: number, top: number, width: number, height: number): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width * 4; x++) data[(y * width) * 4 + x] = image.data[((top + y) * image.width + left) * 4 + x];
  }
  return { data, width, height };
}

/** The middle square of an image moved by `shift` of its side (down for a portrait, right for a landscape). */
export function squareOf(image: RgbaImage, shift = 0): RgbaImage {
  const side = Math.min(image.width, image.height);
  const offset = Math.round(side * shift);
  const left = Math.round((image.width - side) / 2) + (image.width > image.height ? offset : 0);
  const top = Math.round((image.height - side) / 2) + (image.height > image.width ? offset : 0);
  return crop(image, left, top, side, side);
}
