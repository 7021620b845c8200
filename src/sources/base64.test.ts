import { base64Of, blobFromBase64, readBase64Ahead } from './base64';

function bytesOf(blob: Blob): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(Array.from(new Uint8Array(reader.result as ArrayBuffer)));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

describe('base64 photos', () => {
  it('come back byte for byte, with their content type', async () => {
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 1, 2, 254, 255]);
    const base64 = await base64Of(new Blob([bytes], { type: 'image/jpeg' }));
    expect(base64).toBe('/9j/4AABAv7/');
    const blob = blobFromBase64(base64, 'image/jpeg');
    expect(blob.type).toBe('image/jpeg');
    expect(await bytesOf(blob)).toEqual(Array.from(bytes));
    expect(await base64Of(blob)).toBe(base64);
  });

  it('come out the same through the bytes, where the browser can read a blob\'s bytes, however large', async () => {
    const bytes = new Uint8Array(20000).map((_, i) => (i * 31 + 7) % 256);
    // jsdom's Blob cannot read its bytes: this one can, as every browser's can.
    const blob = Object.assign(new Blob([bytes], { type: 'image/jpeg' }), { arrayBuffer: () => Promise.resolve(bytes.buffer) });
    const reads = jest.spyOn(FileReader.prototype, 'readAsDataURL');
    try {
      expect(await base64Of(blob)).toBe(Buffer.from(bytes).toString('base64'));
      expect(reads).not.toHaveBeenCalled();
    } finally {
      reads.mockRestore();
    }
  });

  it('are encoded by the browser\'s own base64 where it has one', async () => {
    const prototype = Uint8Array.prototype as { toBase64?: () => string };
    prototype.toBase64 = function (this: Uint8Array) { return `native:${Buffer.from(this).toString('base64')}`; };
    try {
      const bytes = new Uint8Array([1, 2, 3]);
      const blob = Object.assign(new Blob([bytes]), { arrayBuffer: () => Promise.resolve(bytes.buffer) });
      expect(await base64Of(blob)).toBe('native:AQID');
    } finally {
      delete prototype.toBase64;
    }
  });

  it('are read once: a photo that came as base64, or was read ahead, is saved without reading it again', async () => {
    const reads = jest.spyOn(FileReader.prototype, 'readAsDataURL');
    try {
      const graphPhoto = blobFromBase64('/9j/4AABAv7/', 'image/jpeg');
      expect(await base64Of(graphPhoto)).toBe('/9j/4AABAv7/');
      expect(reads).not.toHaveBeenCalled();

      const sharePointPhoto = new Blob([new Uint8Array([0xff, 0xd8, 1, 2])], { type: 'image/jpeg' });
      readBase64Ahead(sharePointPhoto);
      expect(reads).toHaveBeenCalledTimes(1);
      expect(await base64Of(sharePointPhoto)).toBe('/9gBAg==');
      expect(await base64Of(sharePointPhoto)).toBe('/9gBAg==');
      expect(reads).toHaveBeenCalledTimes(1);
    } finally {
      reads.mockRestore();
    }
  });
});
