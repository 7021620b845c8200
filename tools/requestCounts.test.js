'use strict';
const { photoByteRequests, webPartRequests } = require('./requestCounts');

const log = [
  { kind: 'sharepoint', method: 'GET', path: '/u/in-sync/sp/_api/SP.UserProfiles.PeopleManager/GetMyProperties' },
  { kind: 'graph', method: 'POST', path: '/u/in-sync/graph/v1.0/$batch', batch: ['GET /me?$select=id', 'GET /me/photo', 'GET /me/photos/96x96/$value'] },
  { kind: 'sharepoint', method: 'GET', path: '/u/in-sync/sp/_layouts/15/userphoto.aspx?size=M&accountname=a%40contoso.com' },
  { kind: 'sharepoint', method: 'GET', path: '/u/in-sync/sp/_vti_bin/afdcache.ashx/_userprofile/userphoto.jpg?_oat_=x&size=M' }
];

describe('counting what a page view asks for', () => {
  it('counts the photo request and the redirect the browser followed for it as one request', () => {
    expect(webPartRequests(log)).toHaveLength(3);
  });

  it('counts each photo download once, inside Graph batches too', () => {
    expect(photoByteRequests(log)).toBe(2);
  });
});
