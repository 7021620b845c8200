import { centredSquare } from './centredSquare';
import { SHARED_GRID } from './fingerprintGrid';
import { loadImage } from './loadImage';
import { IPhotoDecoder, PixelRegion, RgbaImage } from './types';

// The fingerprint shrinks the photo's centred square to a 144 x 144 grid first. Letting the browser
// crop and resize to exactly that size does both steps natively, so the script does the least work
// (the fingerprint's own crop of a square is then a no-op).
const SIZE = SHARED_GRID;

type Decoded = { source: CanvasImageSource; width: number; height: number; close(): void };

const hasImageBitmap = (): boolean => typeof createImageBitmap === 'function';

/** createImageBitmap decodes off the main thread, much faster than an <img>; an <img> where it is missing. */
async function decodeImage(photo: Blob): Promise<Decoded> {
  if (hasImageBitmap()) return bitmap(await createImageBitmap(photo));
  const image = await loadImage(photo);
  return { source: image, width: image.naturalWidth, height: image.naturalHeight, close: () => undefined };
}

function bitmap(image: ImageBitmap): Decoded {
  return { source: image, width: image.width, height: image.height, close: () => image.close() };
}

/**
 * The region, cropped and resized to SIZE x SIZE by the browser's image pipeline (createImageBitmap's
 * resize options, high quality: the same resampling as a canvas's high-quality drawImage); undefined
 * where that is missing. A browser that ignores the options hands back the region at its own size,
 * which the canvas then scales as before.
 */
async function nativelyResized(image: Decoded, region: PixelRegion): Promise<Decoded | undefined> {
  // Only a bitmap (what createImageBitmap decoded) can be cropped and resized by it.
  if (typeof ImageBitmap === 'undefined' || !(image.source instanceof ImageBitmap)) return undefined;
  try {
    return bitmap(await createImageBitmap(image.source, region.left, region.top, region.width, region.height,
      { resizeWidth: SIZE, resizeHeight: SIZE, resizeQuality: 'high' }));
  } catch {
    return undefined;
  }
}

export interface CanvasPhotoDecoderOptions {
  /** Crop and resize with createImageBitmap where the browser has it (default); false: the canvas alone. */
  nativeResize?: boolean;
}

/** Decodes with the browser's own image decoder and a canvas. */
export class CanvasPhotoDecoder implements IPhotoDecoder {
  // One canvas for every photo: making one and its context costs more than drawing a small photo.
  // Each photo is drawn and read in one synchronous step, so two decodes never share it half-way.
  private _canvas: HTMLCanvasElement | undefined;

  public constructor(private readonly _options: CanvasPhotoDecoderOptions = {}) {}

  public async decode(photo: Blob): Promise<RgbaImage> {
    const image = await decodeImage(photo);
    try {
      if (image.width <= 1 && image.height <= 1) {
        // A 1x1 placeholder stays what it is: the photo checks must see it as such.
        return this._pixels(image, 1, 1);
      }
      const square = centredSquare(image.width, image.height);
      const resized = this._options.nativeResize === false ? undefined : await nativelyResized(image, square);
      if (!resized) return this._pixels(image, SIZE, SIZE, square);
      try {
        return this._pixels(resized, SIZE, SIZE);
      } finally {
        resized.close();
      }
    } finally {
      image.close();
    }
  }

  private _pixels(image: Decoded, width: number, height: number, region: PixelRegion = { left: 0, top: 0, width: image.width, height: image.height }): RgbaImage {
    const canvas = this._canvas || (this._canvas = document.createElement('canvas'));
    // Setting the size also clears it (a transparent photo must not show the last one through).
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D | null;
    if (!context) throw new Error('This browser cannot read image pixels (no 2D canvas)');
    context.imageSmoothingEnabled = true;
    context.imageSmoothingQuality = 'high';
    // Drawn at its own size when the browser already resized it: a copy, no resampling.
    context.drawImage(image.source, region.left, region.top, region.width, region.height, 0, 0, width, height);
    // Throws a SecurityError on a tainted canvas: the caller treats that as "cannot compare".
    const pixels = context.getImageData(0, 0, width, height);
    return { data: pixels.data, width, height };
  }
}
