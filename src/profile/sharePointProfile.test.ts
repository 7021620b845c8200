import { readSharePointProfile } from './sharePointProfile';
import { ODATA_FLAVOURS, aSharePointError, aSharePointProfile } from './testing/sharePointProfileBuilder';
import { refusalMessage } from './testing/refusal';

describe('readSharePointProfile', () => {
  describe.each(ODATA_FLAVOURS)('in odata=%s', (flavour) => {
    it('reads who the person is and the photo state', () => {
      const profile = readSharePointProfile(aSharePointProfile().inFlavour(flavour));

      expect(profile).toEqual(
        expect.objectContaining({
          accountName: 'i:0#.f|membership|meganb@contoso.onmicrosoft.com',
          displayName: 'Megan Bowen',
          email: 'MeganB@contoso.onmicrosoft.com',
          userPrincipalName: 'MeganB@contoso.onmicrosoft.com',
          pictureUrl:
            'https://contoso-my.sharepoint.com/User%20Photos/Profile%20Pictures/meganb_contoso_onmicrosoft_com_MThumb.jpg',
          pictureTimestamp: '63783110969',
          placeholderState: '0',
          exchangeSyncState: '1',
          personalUrl: 'https://contoso-my.sharepoint.com/personal/meganb_contoso_onmicrosoft_com/',
          title: 'Marketing Manager'
        })
      );
    });

    it('keeps every user profile property by key', () => {
      const profile = readSharePointProfile(aSharePointProfile({ Office: '131/1104' }).inFlavour(flavour));

      expect(profile.properties.Office).toBe('131/1104');
      expect(profile.properties['SPS-JobTitle']).toBe('Marketing Manager');
      expect(profile.properties).toHaveProperty('AboutMe', '');
    });

    it('reads null property values as empty', () => {
      const profile = readSharePointProfile(aSharePointProfile({ CellPhone: null }).inFlavour(flavour));

      expect(profile.properties.CellPhone).toBe('');
    });

    it('reads a null top-level Title as empty', () => {
      const profile = readSharePointProfile(aSharePointProfile().withTopLevel({ Title: null }).inFlavour(flavour));

      expect(profile.title).toBe('');
    });

    it('reports an error body from SharePoint instead of reading it as a profile', () => {
      expect(() => readSharePointProfile(aSharePointError(flavour))).toThrow(
        /sharePointProfile: SharePoint answered with an error .*UnauthorizedAccessException: Access denied/
      );
    });
  });

  describe('picture URL', () => {
    it('uses the PictureURL property, without the cache-buster of the top-level PictureUrl', () => {
      const profile = readSharePointProfile(aSharePointProfile().inFlavour('minimal'));

      expect(profile.pictureUrl).not.toContain('?t=');
    });

    it('falls back to the top-level PictureUrl when the PictureURL property is absent', () => {
      const raw = aSharePointProfile({ PictureURL: undefined })
        .withTopLevel({ PictureUrl: 'https://contoso-my.sharepoint.com/photo_MThumb.jpg?t=63783110969' })
        .inFlavour('nometadata');

      expect(readSharePointProfile(raw).pictureUrl).toBe('https://contoso-my.sharepoint.com/photo_MThumb.jpg?t=63783110969');
    });

    it('keeps an empty PictureURL property empty even when the top-level PictureUrl is set', () => {
      const raw = aSharePointProfile({ PictureURL: '' })
        .withTopLevel({ PictureUrl: 'https://contoso-my.sharepoint.com/stale_MThumb.jpg?t=1' })
        .inFlavour('nometadata');

      expect(readSharePointProfile(raw).pictureUrl).toBe('');
    });
  });

  it('derives the user principal name from the claims account name when SPS-UserPrincipalName is absent', () => {
    const raw = aSharePointProfile({ 'SPS-UserPrincipalName': undefined }).inFlavour('nometadata');

    expect(readSharePointProfile(raw).userPrincipalName).toBe('meganb@contoso.onmicrosoft.com');
  });

  it('accepts an empty photo timestamp', () => {
    const raw = aSharePointProfile().withoutPhoto().inFlavour('verbose');

    expect(readSharePointProfile(raw)).toEqual(
      expect.objectContaining({ pictureTimestamp: '', placeholderState: '1', pictureUrl: '' })
    );
  });

  describe('refuses what GetMyProperties does not return', () => {
    const messageFor = (raw: unknown): string => refusalMessage(readSharePointProfile, raw);

    it.each([
      ['null', null, /got null/],
      ['a number', 42, /got a number \(42\)/],
      ['an array', [aSharePointProfile().inFlavour('nometadata')], /got an array of 1 item/],
      ['JSON text that was never parsed', JSON.stringify(aSharePointProfile().inFlavour('minimal')), /JSON text.*parse/],
      [
        'an HTML error page',
        '<!DOCTYPE html><html><head><title>Sign in to your account</title></head></html>',
        /HTML or XML page/
      ]
    ])('%s', (_name, raw, expected) => {
      const message = messageFor(raw);

      expect(message).toMatch(/^sharePointProfile: expected the JSON body of GetMyProperties/);
      expect(message).toMatch(expected);
    });

    it('an object without UserProfileProperties, naming the keys it has', () => {
      const raw = aSharePointProfile().inFlavour('nometadata');
      delete raw.UserProfileProperties;

      expect(messageFor(raw)).toMatch(/without UserProfileProperties/);
      expect(messageFor(raw)).toMatch(/AccountName, DirectReports/);
    });

    it('a verbose body without UserProfileProperties', () => {
      const raw = aSharePointProfile().inFlavour('verbose');
      delete (raw.d as Record<string, unknown>).UserProfileProperties;

      expect(messageFor(raw)).toMatch(/without UserProfileProperties/);
    });

    it('UserProfileProperties that is not a list', () => {
      const raw = { ...aSharePointProfile().inFlavour('nometadata'), UserProfileProperties: { Office: '131/1104' } };

      expect(messageFor(raw)).toMatch(/expected UserProfileProperties to be an array .* got an object with keys Office/);
    });

    it.each([
      ['a plain string', 'Office=131/1104', /\[1\].*got a string/],
      ['a Name/Value pair', { Name: 'Office', Value: '131/1104' }, /\[1\].*got an object with keys Name, Value/],
      ['a non-text Value', { Key: 'Office', Value: 1104, ValueType: 'Edm.Int32' }, /\[1\].*Key "Office", Value a number \(1104\)/]
    ])('an entry of UserProfileProperties that is %s', (_name, entry, expected) => {
      const raw = aSharePointProfile().inFlavour('nometadata');
      (raw.UserProfileProperties as unknown[]).splice(1, 0, entry);

      expect(messageFor(raw)).toMatch(/expected UserProfileProperties\[1\] to be a \{Key, Value\} object/);
      expect(messageFor(raw)).toMatch(expected);
    });
  });
});
