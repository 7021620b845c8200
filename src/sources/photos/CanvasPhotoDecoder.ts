import { loadImage } from './loadImage';
import { RgbaImage } from '../../profile';
import { IPhotoDecoder } from './IPhotoDecoder';

// The fingerprint only needs a few dozen pixels a side; decoding into a small canvas keeps
// getImageData cheap whatever size Graph or SharePoint sent.
const MAX_SIDE = 128;

/** Decodes with the browser's own image decoder and a canvas. */
export class CanvasPhotoDecoder implements IPhotoDecoder {
  public async decode(photo: Blob): Promise<RgbaImage> {
    const image = await loadImage(photo);
    const scale = Math.min(1, MAX_SIDE / Math.max(image.naturalWidth, image.naturalHeight));
    const width = Math.max(1, Math.round(image.naturalWidth * scale));
    const height = Math.max(1, Math.round(image.naturalHeight * scale));
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot read image pixels (no 2D canvas)');
    context.imageSmoothingEnabled = true;
    context.imageSmoothingQuality = 'high';
    context.drawImage(image, 0, 0, width, height);
    // Throws a SecurityError on a tainted canvas: the caller treats that as "cannot compare".
    const pixels = context.getImageData(0, 0, width, height);
    return { data: pixels.data, width, height };
  }
}
