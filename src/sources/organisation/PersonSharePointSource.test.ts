/**
 * @jest-environment node
 */
import { spfi, SPBrowser } from '@pnp/sp';
import { PersonSharePointSource } from './PersonSharePointSource';

const SITE = 'https://contoso.sharepoint.com/sites/intranet';

describe('PersonSharePointSource', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => { globalThis.fetch = realFetch; });

  it('reads the opened person\'s profile with GetPropertiesFor, and their photo by their account', async () => {
    const urls: string[] = [];
    globalThis.fetch = jest.fn((url: string | URL | Request) => {
      urls.push(String(url));
      return Promise.resolve(new Response(JSON.stringify({ AccountName: 'i:0#.f|membership|kari@contoso.com', UserProfileProperties: [] }), { status: 200 }));
    }) as typeof fetch;
    const source = new PersonSharePointSource(spfi().using(SPBrowser({ baseUrl: SITE })), SITE, jest.fn(), 'kari@contoso.com');

    const profile = await source.getMyProperties();

    expect(profile).toMatchObject({ AccountName: 'i:0#.f|membership|kari@contoso.com' });
    expect(urls[0]).toContain('/_api/sp.userprofiles.peoplemanager/getpropertiesfor(@v)?%40v=%27i%3A0%23.f%7Cmembership%7Ckari%40contoso.com%27');
    expect(source.photoUrl('kari@contoso.com', 'M', '6378')).toBe(`${SITE}/_layouts/15/userphoto.aspx?size=M&accountname=kari%40contoso.com&t=6378`);
  });

  it('refuses to write someone else\'s photo, without sending anything', async () => {
    const fetch = jest.fn();
    globalThis.fetch = fetch as unknown as typeof fetch;
    const source = new PersonSharePointSource(spfi().using(SPBrowser({ baseUrl: SITE })), SITE, jest.fn(), 'kari@contoso.com');

    await expect(source.setMyProfilePicture()).rejects.toMatchObject({ source: 'sharePoint', kind: 'permission' });
    expect(fetch).not.toHaveBeenCalled();
  });
});
