import { RgbaImage } from '../profile';
import { drawPortrait, MEGAN } from '../pixels/testing/portraits';
import { fakeSources } from '../sources/testing/fakeSources';
import { checkProfilePicture } from './checkProfilePicture';
import { MAX_PROFILE_PICTURE_BYTES } from './profilePictureRules';
import { MIME_TYPES, photoBytes, TestPhotoFormat } from './testing/photoFiles';

const megan = drawPortrait(MEGAN, 96, 96);
const onePixel: RgbaImage = { data: [255, 255, 255, 0], width: 1, height: 1 };

function check(format: TestPhotoFormat, pixels: RgbaImage | 'not-an-image', length?: number): ReturnType<typeof checkProfilePicture> {
  const sources = fakeSources();
  const photo = sources.photoBlob(pixels, [photoBytes(format, length)], MIME_TYPES[format]);
  return checkProfilePicture(photo, sources.decoder, MAX_PROFILE_PICTURE_BYTES);
}

describe('checkProfilePicture', () => {
  it.each(['jpeg', 'png', 'bmp'] as TestPhotoFormat[])('accepts a %s photo that SharePoint takes as it is', async (format) => {
    await expect(check(format, megan, 40000)).resolves.toEqual({ ok: true, format, bytes: 40000, fitsSharePoint: true });
  });

  it('refuses the 1x1 GIF Graph serves for "no photo" as a placeholder', async () => {
    await expect(check('gif', onePixel, 43)).resolves.toEqual({ ok: false, refusal: 'placeholder' });
  });

  it('refuses a GIF even when it is a real picture: SharePoint does not take GIF', async () => {
    await expect(check('gif', megan)).resolves.toEqual({ ok: false, refusal: 'unsupported-format' });
  });

  it('refuses a 1x1 picture in an accepted format as a placeholder', async () => {
    await expect(check('png', onePixel, 70)).resolves.toEqual({ ok: false, refusal: 'placeholder' });
  });

  it('refuses a picture the browser decodes but SharePoint does not take (WebP)', async () => {
    await expect(check('webp', megan)).resolves.toEqual({ ok: false, refusal: 'unsupported-format' });
  });

  it('refuses bytes that are not an image, even with a JPEG signature', async () => {
    await expect(check('garbage', 'not-an-image')).resolves.toEqual({ ok: false, refusal: 'not-an-image' });
    await expect(check('jpeg', 'not-an-image')).resolves.toEqual({ ok: false, refusal: 'not-an-image' });
  });

  it('refuses an empty photo without trying to decode it', async () => {
    const sources = fakeSources();
    const decode = jest.spyOn(sources.decoder, 'decode');
    await expect(checkProfilePicture(new Blob([]), sources.decoder, MAX_PROFILE_PICTURE_BYTES))
      .resolves.toEqual({ ok: false, refusal: 'not-an-image' });
    expect(decode).not.toHaveBeenCalled();
  });

  it('lets a photo of exactly the limit through as it is, and says one byte more must be made smaller', async () => {
    await expect(check('jpeg', megan, MAX_PROFILE_PICTURE_BYTES)).resolves.toMatchObject({ ok: true, fitsSharePoint: true });
    await expect(check('jpeg', megan, MAX_PROFILE_PICTURE_BYTES + 1)).resolves.toMatchObject({ ok: true, fitsSharePoint: false });
  });
});
