/** Decodes photo bytes with the browser's own decoder (browser only). */
export function loadImage(photo: Blob): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(photo);
    const image = new Image();
    image.onload = () => { URL.revokeObjectURL(url); resolve(image); };
    image.onerror = () => { URL.revokeObjectURL(url); reject(new Error('The photo bytes are not an image the browser can decode')); };
    image.src = url;
  });
}
