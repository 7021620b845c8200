import { photoFormat } from './photoFormat';
import { photoBytes, TestPhotoFormat } from '../sync/testing/photoFiles';

function formatOf(format: TestPhotoFormat, length?: number): string | undefined {
  const bytes = photoBytes(format, length);
  return photoFormat(bytes.subarray(0, 8), bytes.length);
}

describe('photoFormat', () => {
  it.each([
    ['jpeg', 'jpeg'],
    ['png', 'png'],
    ['bmp', 'bmp'],
    ['gif', 'gif']
  ] as Array<[TestPhotoFormat, string]>)('knows %s by its signature', (format, expected) => {
    expect(formatOf(format)).toBe(expected);
  });

  it('knows nothing else, whatever the file claims to be', () => {
    expect(formatOf('webp')).toBeUndefined();
    expect(formatOf('garbage')).toBeUndefined();
  });

  it('does not take a bare signature with no picture after it for a picture', () => {
    expect(photoFormat([0xff, 0xd8, 0xff], 3)).toBeUndefined();
    expect(photoFormat([0x42, 0x4d], 2)).toBeUndefined();
  });
});
