import { MAX_PROFILE_PICTURE_BYTES, photoFormat } from './profilePictureRules';
import { photoBytes, TestPhotoFormat } from './testing/photoFiles';

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

describe('MAX_PROFILE_PICTURE_BYTES', () => {
  it('stays within both the documented 5,000,000 bytes and PnPjs\'s 4.76 MB', () => {
    expect(MAX_PROFILE_PICTURE_BYTES).toBe(4991221);
    expect(MAX_PROFILE_PICTURE_BYTES).toBeLessThanOrEqual(5000000);
    expect(MAX_PROFILE_PICTURE_BYTES).toBeLessThanOrEqual(4.76 * 1024 * 1024);
  });
});
