import { MAX_PROFILE_PICTURE_BYTES } from './profilePictureRules';

describe('MAX_PROFILE_PICTURE_BYTES', () => {
  it('stays within both the documented 5,000,000 bytes and PnPjs\'s 4.76 MB', () => {
    expect(MAX_PROFILE_PICTURE_BYTES).toBe(4991221);
    expect(MAX_PROFILE_PICTURE_BYTES).toBeLessThanOrEqual(5000000);
    expect(MAX_PROFILE_PICTURE_BYTES).toBeLessThanOrEqual(4.76 * 1024 * 1024);
  });
});
