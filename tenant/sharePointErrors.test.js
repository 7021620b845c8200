'use strict';

const { useTestTenant } = require('./testTenant');

jest.setTimeout(30000);

const tenant = useTestTenant();

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe("SharePoint's error answers name themselves for its logs", () => {
  test('a REST error carries the same GUID as SPRequestGuid and request-id, a Date, and the OData code', async () => {
    await tenant.setBehaviour('in-sync', { sharePointStatus: 503 });
    const response = await fetch(`${tenant.persona('in-sync').sp}/_api/SP.UserProfiles.PeopleManager/GetMyProperties`, { headers: { Accept: 'application/json' } });
    expect(response.status).toBe(503);
    expect(response.headers.get('SPRequestGuid')).toMatch(GUID);
    expect(response.headers.get('request-id')).toBe(response.headers.get('SPRequestGuid'));
    expect(Number.isNaN(Date.parse(response.headers.get('date')))).toBe(false);
    expect((await response.json())['odata.error'].code).toBe('-2147467259, Microsoft.SharePoint.SPException');
  });

  test('each answer gets its own id, an HTML error page too', async () => {
    await tenant.setBehaviour('in-sync', { sharePointStatus: 503 });
    const page = await fetch(`${tenant.persona('in-sync').sp}/_layouts/15/userphoto.aspx?size=M&accountname=x`);
    const again = await fetch(`${tenant.persona('in-sync').sp}/_layouts/15/userphoto.aspx?size=M&accountname=x`);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('SPRequestGuid')).toMatch(GUID);
    expect(again.headers.get('SPRequestGuid')).not.toBe(page.headers.get('SPRequestGuid'));
  });

  test('a refused photo change (photoUpdatesBlocked) says System.UnauthorizedAccessException, with its ids', async () => {
    await tenant.setBehaviour('in-sync', { photoUpdatesBlocked: true });
    const digest = await tenant.digest('in-sync');
    const response = await fetch(`${tenant.persona('in-sync').sp}/_api/SP.UserProfiles.PeopleManager/SetMyProfilePicture`, {
      method: 'POST', headers: { Accept: 'application/json;odata=verbose', 'X-RequestDigest': digest }, body: Buffer.from([0xff, 0xd8, 0xff])
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('request-id')).toMatch(GUID);
    expect((await response.json()).error.code).toBe('-2147024891, System.UnauthorizedAccessException');
  });
});
