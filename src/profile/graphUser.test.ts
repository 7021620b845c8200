import { readGraphUser } from './graphUser';
import { aGraphError, aGraphUser } from './testing/graphBuilders';
import { refusalMessage } from './testing/refusal';

describe('readGraphUser', () => {
  it('reads the fields of /me', () => {
    expect(readGraphUser(aGraphUser())).toEqual({
      id: '48d31887-5fad-4d73-a9f5-3c356e68a038',
      userPrincipalName: 'MeganB@contoso.onmicrosoft.com',
      displayName: 'Megan Bowen',
      givenName: 'Megan',
      surname: 'Bowen',
      jobTitle: 'Marketing Manager',
      department: 'Marketing',
      officeLocation: '131/1104',
      businessPhones: ['+1 425 555 0109'],
      mail: 'MeganB@contoso.onmicrosoft.com',
      mobilePhone: ''
    });
  });

  it('reads null and missing fields as empty (department is missing without $select)', () => {
    const user = readGraphUser(aGraphUser({ jobTitle: null, department: undefined, businessPhones: [] }));

    expect(user.jobTitle).toBe('');
    expect(user.department).toBe('');
    expect(user.businessPhones).toEqual([]);
  });

  describe('refuses what /me does not return', () => {
    const messageFor = (raw: unknown): string => refusalMessage(readGraphUser, raw);

    it.each([
      ['null', null, /got null/],
      ['a string', 'Megan Bowen', /got a string \("Megan Bowen"\)/],
      ['an array', [aGraphUser()], /got an array of 1 item/],
      ['an HTML page', '<html><body>Bad gateway</body></html>', /HTML/]
    ])('%s', (_name, raw, expected) => {
      expect(messageFor(raw)).toMatch(/^graphUser: expected the JSON body of GET \/v1\.0\/me/);
      expect(messageFor(raw)).toMatch(expected);
    });

    it('a Graph error body, quoting its code and message', () => {
      const raw = aGraphError('InvalidAuthenticationToken', 'Access token has expired or is not yet valid.');

      expect(messageFor(raw)).toBe(
        'graphUser: Microsoft Graph answered with an error instead of a user' +
          ' (InvalidAuthenticationToken: Access token has expired or is not yet valid.).'
      );
    });

    it('an object with none of the /me fields, such as the photo metadata', () => {
      const raw = { '@odata.mediaContentType': 'image/jpeg', width: 648, height: 648 };

      expect(messageFor(raw)).toMatch(/fields such as id, displayName and mail, got an object with keys @odata.mediaContentType/);
    });

    it('a field that is not text', () => {
      expect(messageFor(aGraphUser({ displayName: { value: 'Megan' } }))).toMatch(
        /expected displayName to be a string or null, got an object with keys value/
      );
    });

    it('businessPhones that is not a list', () => {
      expect(messageFor(aGraphUser({ businessPhones: '+1 425 555 0109' }))).toMatch(
        /expected businessPhones to be an array of strings, got a string/
      );
    });
  });
});
