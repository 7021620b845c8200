import { readGraphPhoto, readGraphPhotoState } from './graphPhoto';
import { aGraphError, aGraphPhoto, aGraphPlaceholderPhoto, aMailboxNotEnabledError, aPhotoNotFoundError } from './testing/graphBuilders';
import { refusalMessage } from './testing/refusal';

describe('readGraphPhoto', () => {
  it('reads the metadata of a real photo', () => {
    expect(readGraphPhoto(aGraphPhoto({ id: '240x240', width: 240, height: 240 }))).toEqual({
      contentType: 'image/jpeg',
      etag: '"BA09D118"',
      width: 240,
      height: 240
    });
  });

  it('reads null (Graph answered 404) as no photo', () => {
    expect(readGraphPhoto(null)).toBeNull();
  });

  it('reads the 1x1 placeholder some tenants serve as no photo', () => {
    expect(readGraphPhoto(aGraphPlaceholderPhoto())).toBeNull();
  });

  it('reads a 1 px wide GIF as the placeholder even without the 1x1 id', () => {
    expect(readGraphPhoto(aGraphPhoto({ '@odata.mediaContentType': 'image/gif', id: undefined, width: 1, height: 1 }))).toBeNull();
  });

  it('keeps a real GIF photo', () => {
    expect(readGraphPhoto(aGraphPhoto({ '@odata.mediaContentType': 'image/gif' }))).not.toBeNull();
  });

  it.each(['ErrorEntityNotFound', 'ImageNotFound', 'ErrorItemNotFound'])(
    'reads the 404 error body with code %s as no photo',
    (code) => {
      expect(readGraphPhoto(aPhotoNotFoundError(code))).toBeNull();
    }
  );

  it('reads Graph\'s documented no-photo answer (a 1x1 GIF, id 1x1, empty etag) as no photo', () => {
    expect(readGraphPhotoState(aGraphPhoto({ '@odata.mediaContentType': 'image/gif', '@odata.mediaEtag': '', id: '1x1', width: 1, height: 1 })))
      .toEqual({ kind: 'none' });
  });

  it.each([
    ['MailboxNotEnabledForRESTAPI', aMailboxNotEnabledError(), 'MailboxNotEnabledForRESTAPI: The mailbox is either inactive, soft-deleted, or is hosted on-premise.'],
    ['ProfileNotFoundException', aGraphError('ProfileNotFoundException', 'Profile not found.'), 'ProfileNotFoundException: Profile not found.'],
    ['a code nobody documented', aGraphError('SomethingNew', 'Something new.'), 'SomethingNew: Something new.']
  ])('reads a 404 with %s as "Graph could not tell", with its reason, never as no photo', (_code, body, reason) => {
    expect(readGraphPhotoState(body)).toEqual({ kind: 'unknown', reason });
    expect(() => readGraphPhoto(body)).toThrow(/could not tell whether there is a photo/);
  });

  describe('refuses what /me/photo does not return', () => {
    const messageFor = (raw: unknown): string => refusalMessage(readGraphPhoto, raw);

    it('an error that does not mean "no photo"', () => {
      expect(messageFor(aGraphError('ErrorAccessDenied', 'Access is denied. Check credentials and try again.'))).toBe(
        'graphPhoto: Microsoft Graph answered with an error that does not mean "no photo"' +
          ' (ErrorAccessDenied: Access is denied. Check credentials and try again.).'
      );
    });

    it('the photo bytes instead of the metadata', () => {
      expect(messageFor(new ArrayBuffer(8))).toMatch(/got binary data \(ArrayBuffer\)/);
    });

    it('the user instead of the photo', () => {
      expect(messageFor({ displayName: 'Megan Bowen', mail: 'MeganB@contoso.onmicrosoft.com' })).toMatch(
        /^graphPhoto: expected null \(no photo\), the photo metadata .* got an object with keys displayName, mail/
      );
    });

    it.each([
      ['undefined', undefined, /got undefined/],
      ['a string', '{"id":"648x648"}', /JSON text/],
      ['an array', [aGraphPhoto()], /an array/],
      ['a size that is not a number', aGraphPhoto({ width: '648' }), /got an object with keys/]
    ])('%s', (_name, raw, expected) => {
      expect(messageFor(raw)).toMatch(/^graphPhoto: expected null \(no photo\), the photo metadata/);
      expect(messageFor(raw)).toMatch(expected);
    });
  });
});
