import { photoPresence } from './photoPresence';
import { aGraphPhoto, aGraphPlaceholderPhoto, aPhotoNotFoundError } from './testing/graphBuilders';
import { aSharePointProfile } from './testing/sharePointProfileBuilder';

const graphUser = { id: '48d31887-5fad-4d73-a9f5-3c356e68a038' };

describe('photoPresence', () => {
  it('finds the photo on both sides when SharePoint has a real picture and Graph has one', () => {
    expect(photoPresence({ sharePointProfile: aSharePointProfile().inFlavour('minimal'), graphUser, graphPhoto: aGraphPhoto() })).toEqual({
      inSharePoint: true,
      inMicrosoft365: true
    });
  });

  it.each([
    ['the placeholder state is "1"', { 'SPS-PicturePlaceholderState': '1' }],
    ['the placeholder state is empty', { 'SPS-PicturePlaceholderState': '' }],
    ['the picture URL is empty', { PictureURL: '' }]
  ])('finds no SharePoint photo when %s', (_name, properties) => {
    const presence = photoPresence({
      sharePointProfile: aSharePointProfile(properties).inFlavour('nometadata'),
      graphUser,
      graphPhoto: aGraphPhoto()
    });

    expect(presence.inSharePoint).toBe(false);
  });

  it('goes by the picture URL alone when the profile lacks the picture-state keys (older profiles)', () => {
    const withoutState = { 'SPS-PicturePlaceholderState': undefined, 'SPS-PictureExchangeSyncState': undefined, 'SPS-PictureTimestamp': undefined };
    const withPhoto = photoPresence({ sharePointProfile: aSharePointProfile(withoutState).inFlavour('nometadata'), graphUser, graphPhoto: null });
    const withoutPhoto = photoPresence({ sharePointProfile: aSharePointProfile({ ...withoutState, PictureURL: '' }).inFlavour('nometadata'), graphUser, graphPhoto: null });

    expect(withPhoto.inSharePoint).toBe(true);
    expect(withoutPhoto.inSharePoint).toBe(false);
  });

  it('uses the top-level PictureUrl when the PictureURL property is absent', () => {
    const presence = photoPresence({
      sharePointProfile: aSharePointProfile({ PictureURL: undefined }).inFlavour('verbose'),
      graphUser,
      graphPhoto: null
    });

    expect(presence.inSharePoint).toBe(true);
  });

  it.each([
    ['Graph answered 404', null],
    ['Graph served the 1x1 placeholder', aGraphPlaceholderPhoto()],
    ['the 404 body was passed on', aPhotoNotFoundError()]
  ])('finds no Microsoft 365 photo when %s', (_name, graphPhoto) => {
    const presence = photoPresence({ sharePointProfile: aSharePointProfile().inFlavour('minimal'), graphUser, graphPhoto });

    expect(presence.inMicrosoft365).toBe(false);
  });
});
