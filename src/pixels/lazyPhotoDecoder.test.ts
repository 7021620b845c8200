import { lazyPhotoDecoder } from './lazyPhotoDecoder';

// The pixels module is a chunk loaded with import(); here a load can be made to fail, as offline.
const mockPixels = { failuresLeft: 0 };
jest.mock('./CanvasPhotoDecoder', () => {
  if (mockPixels.failuresLeft > 0) {
    mockPixels.failuresLeft -= 1;
    throw new Error('Loading chunk profile-sync-pixels failed.');
  }
  return { CanvasPhotoDecoder: class { public decode(): Promise<{ width: number }> { return Promise.resolve({ width: 96 }); } } };
});

beforeEach(() => {
  mockPixels.failuresLeft = 0;
  jest.resetModules();
});

describe('the lazily loaded photo decoder', () => {
  it('decodes with the canvas decoder once its chunk has loaded', async () => {
    await expect(lazyPhotoDecoder().decode(new Blob(['jpeg']))).resolves.toEqual({ width: 96 });
  });

  it('fails that photo when the chunk cannot load, and loads it again for the next photo', async () => {
    mockPixels.failuresLeft = 1;
    const decoder = lazyPhotoDecoder();
    await expect(decoder.decode(new Blob(['jpeg']))).rejects.toThrow('profile-sync-pixels');
    await expect(decoder.decode(new Blob(['jpeg']))).resolves.toEqual({ width: 96 });
  });
});
