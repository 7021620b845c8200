import { RgbaImage } from '../types';

/**
 * Scales an image the way a thumbnailer does: each target pixel is the mean of the source pixels
 * whose centres fall inside it (or the nearest one when enlarging). Written independently of the
 * core's areaAverage, so tests do not check the fingerprint against itself.
 */
export function resize(image: RgbaImage, width: number, height: number): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  const sx = image.width / width;
  const sy = image.height / height;
  for (let y = 0; y < height; y++) {
    const y0 = Math.floor(y * sy);
    const y1 = Math.max(y0 + 1, Math.floor((y + 1) * sy));
    for (let x = 0; x < width; x++) {
      const x0 = Math.floor(x * sx);
      const x1 = Math.max(x0 + 1, Math.floor((x + 1) * sx));
      const count = (y1 - y0) * (x1 - x0);
      const out = (y * width + x) * 4;
      for (let c = 0; c < 4; c++) {
        let sum = 0;
        for (let yy = y0; yy < y1; yy++) {
          for (let xx = x0; xx < x1; xx++) sum += image.data[(yy * image.width + xx) * 4 + c];
        }
        data[out + c] = Math.round(sum / count);
      }
    }
  }
  return { data, width, height };
}
