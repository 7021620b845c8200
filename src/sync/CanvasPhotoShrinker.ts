import { loadImage } from '../pixels/loadImage';
import { IPhotoShrinker } from './IPhotoShrinker';
import { ShrinkAttempt, shrinkAttempts } from './shrinkPlan';

// Browser only: the browser's own decoder and JPEG encoder, through a canvas.

function encodeJpeg(image: HTMLImageElement, attempt: ShrinkAttempt): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = attempt.width;
  canvas.height = attempt.height;
  const context = canvas.getContext('2d');
  if (!context) return Promise.reject(new Error('This browser cannot draw images (no 2D canvas)'));
  // JPEG has no transparency: without a white backdrop, transparent pixels of a PNG turn black.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, attempt.width, attempt.height);
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(image, 0, 0, attempt.width, attempt.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      // Frees the canvas's memory now rather than at the next garbage collection.
      canvas.width = canvas.height = 0;
      // A browser that cannot encode JPEG hands back a PNG instead.
      if (blob && blob.type === 'image/jpeg') resolve(blob);
      else reject(new Error('This browser cannot encode the photo as JPEG'));
    }, 'image/jpeg', attempt.quality);
  });
}

/** Re-encodes as JPEG in the browser, smaller and at lower quality step by step, until it fits. */
export class CanvasPhotoShrinker implements IPhotoShrinker {
  public async shrinkToFit(photo: Blob, maxBytes: number): Promise<Blob> {
    const image = await loadImage(photo);
    const attempts = shrinkAttempts(image.naturalWidth, image.naturalHeight);
    for (let i = 0; i < attempts.length; i++) {
      const jpeg = await encodeJpeg(image, attempts[i]);
      if (jpeg.size <= maxBytes) return jpeg;
    }
    throw new Error(`The photo could not be made smaller than ${maxBytes} bytes`);
  }
}
