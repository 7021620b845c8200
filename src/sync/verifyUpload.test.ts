import { drawPortrait, ALEX, MEGAN } from '../pixels/testing/portraits';
import { aSharePointProfile } from '../profile/testing/sharePointProfileBuilder';
import { FakeTenant, fakeSources } from '../sources/testing/fakeSources';
import { readMyProfile } from './myProfile';
import { fakeShrinker } from './testing/fakeShrinker';
import { verifyUpload } from './verifyUpload';

const BEFORE = '63783110969';
const AFTER = '63790000000';
const NOW = 1767225600000;
const megan = drawPortrait(MEGAN, 96, 96);
const megansRendition = drawPortrait(MEGAN, 72, 72);
const alex = drawPortrait(ALEX, 72, 72);

/**
 * Megan's picture was just accepted by SetMyProfilePicture; `after` is what SharePoint's profile and
 * photo say when read back (without it: the profile as before, the photo as sent).
 */
async function verify(after: Partial<FakeTenant>): Promise<{ result: Awaited<ReturnType<typeof verifyUpload>>; photoRequests: string[] }> {
  const sources = fakeSources({ profile: aSharePointProfile({ 'SPS-PictureTimestamp': BEFORE }).inFlavour('minimal'), ...after });
  const before = await readMyProfile(sources.sharePoint);
  const uploaded = sources.photoBlob(megan);
  await sources.sharePoint.setMyProfilePicture(uploaded);
  sources.photoRequests.length = 0;
  const result = await verifyUpload({ ...sources, shrinker: fakeShrinker() }, before, uploaded, () => NOW);
  return { result, photoRequests: sources.photoRequests };
}

const newPhoto = (properties: Record<string, string> = {}): Partial<FakeTenant> =>
  ({ profileAfterUpload: aSharePointProfile({ 'SPS-PictureTimestamp': AFTER, ...properties }).inFlavour('minimal') });

describe('verifyUpload', () => {
  it('confirms a new, real photo whose pixels are the ones sent, even as a smaller rendition', async () => {
    const { result } = await verify({ ...newPhoto(), sharePointPixelsAfterUpload: megansRendition });
    expect(result.verified).toBe(true);
    expect(result.profileAfter && result.profileAfter.pictureTimestamp).toBe(AFTER);
  });

  it('asks for the Large photo (which starts SharePoint\'s own sync), then the Medium one, past the browser cache', async () => {
    const { photoRequests } = await verify({ ...newPhoto(), sharePointPixelsAfterUpload: megansRendition });
    expect(photoRequests).toEqual([`sharePoint:L:${AFTER}`, `sharePoint:M:${AFTER}`]);
  });

  it('does not confirm when SharePoint shows another picture', async () => {
    const { result } = await verify({ ...newPhoto(), sharePointPixelsAfterUpload: alex });
    expect(result).toMatchObject({ verified: false, unconfirmed: 'photo-differs' });
  });

  it('does not confirm when the new photo\'s bytes cannot be read', async () => {
    const unreadable = await verify({ ...newPhoto(), sharePointPixelsAfterUpload: 'not-an-image' });
    expect(unreadable.result).toMatchObject({ verified: false, unconfirmed: 'photo-unreadable' });
    const missing = await verify({ ...newPhoto(), sharePointPixelsAfterUpload: undefined });
    expect(missing.result).toMatchObject({ verified: false, unconfirmed: 'photo-unreadable' });
  });

  it('does not confirm while the picture timestamp is unchanged, and still starts SharePoint\'s sync with a fresh cache buster', async () => {
    const { result, photoRequests } = await verify({ sharePointPixelsAfterUpload: megan });
    expect(result).toMatchObject({ verified: false, unconfirmed: 'timestamp-unchanged' });
    // The old timestamp would bring back the browser's cached old photo.
    expect(photoRequests).toEqual([`sharePoint:L:${NOW}`]);
  });

  it('does not confirm when the timestamp was emptied', async () => {
    const { result } = await verify({ ...newPhoto({ 'SPS-PictureTimestamp': '' }), sharePointPixelsAfterUpload: megan });
    expect(result).toMatchObject({ verified: false, unconfirmed: 'timestamp-unchanged' });
  });

  it('does not confirm while SharePoint still shows the placeholder', async () => {
    const { result } = await verify({ ...newPhoto({ 'SPS-PicturePlaceholderState': '1' }), sharePointPixelsAfterUpload: megan });
    expect(result).toMatchObject({ verified: false, unconfirmed: 'still-placeholder' });
  });

  it('says the profile could not be read back, and still asks for the Large photo', async () => {
    const { result, photoRequests } = await verify({ profileAfterUpload: new TypeError('Failed to fetch') });
    expect(result).toEqual({ verified: false, unconfirmed: 'profile-unreadable' });
    expect(photoRequests).toEqual([`sharePoint:L:${NOW}`]);
  });
});
