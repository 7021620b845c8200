import { base64Of, blobFromBase64 } from './base64';

describe('base64 photos', () => {
  it('come back byte for byte, with their content type', async () => {
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 1, 2, 254, 255]);
    const base64 = await base64Of(new Blob([bytes], { type: 'image/jpeg' }));
    expect(base64).toBe('/9j/4AABAv7/');
    const blob = blobFromBase64(base64, 'image/jpeg');
    expect(blob.type).toBe('image/jpeg');
    // jsdom's Blob has no arrayBuffer(): going round again through base64 compares the bytes.
    expect(blob.size).toBe(bytes.length);
    expect(await base64Of(blob)).toBe(base64);
  });
});
