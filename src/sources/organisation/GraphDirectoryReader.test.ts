import { SourceError } from '../SourceError';
import { GraphFetch } from '../types';
import { GraphDirectoryReader, graphPathOf } from './GraphDirectoryReader';
import { graphAnswer, immediatePacer } from './testing/immediatePacer';

const GRAPH = 'https://graph.microsoft.com';
const user = (n: number): Record<string, unknown> => ({ id: `id-${n}`, displayName: `Person ${n}`, userPrincipalName: `p${n}@contoso.com` });

describe('GraphDirectoryReader', () => {
  it('asks /users for identity and the compared fields, 999 a page, counted', () => {
    const reader = new GraphDirectoryReader(jest.fn(), immediatePacer());
    expect(reader.firstPage({ kind: 'everyone' }, ['displayName', 'jobTitle', 'department'])).toBe(
      '/v1.0/users?$select=id,displayName,userPrincipalName,mail,accountEnabled,userType,jobTitle,department&$top=999&$count=true');
  });

  it('asks a group for its members at any depth, users only', () => {
    const reader = new GraphDirectoryReader(jest.fn(), immediatePacer());
    expect(reader.firstPage({ kind: 'group', groupId: '02bd9fd6-8f93-4758-87c3-1fb73740a315' }, ['jobTitle'])).toBe(
      '/v1.0/groups/02bd9fd6-8f93-4758-87c3-1fb73740a315/transitiveMembers/microsoft.graph.user' +
      '?$select=id,displayName,userPrincipalName,mail,accountEnabled,userType,jobTitle&$top=999&$count=true');
  });

  it('pages to the end: the total from the first page, each absolute nextLink followed as a /v1.0 path with the advanced query header', async () => {
    const next = `${GRAPH}/v1.0/users?$select=id&$top=999&$count=true&$skiptoken=RFNwdAIAAQAAABc6`;
    const send = jest.fn<ReturnType<GraphFetch>, Parameters<GraphFetch>>()
      .mockResolvedValueOnce(graphAnswer(200, { '@odata.count': 3, value: [user(1), user(2)], '@odata.nextLink': next }))
      .mockResolvedValueOnce(graphAnswer(200, { value: [user(3)] }));
    const reader = new GraphDirectoryReader(send, immediatePacer());

    const first = await reader.page('/v1.0/users?$select=id&$top=999&$count=true');
    const last = await reader.page(first.next as string);

    expect(first).toMatchObject({ total: 3, next: '/v1.0/users?$select=id&$top=999&$count=true&$skiptoken=RFNwdAIAAQAAABc6' });
    expect(first.users).toHaveLength(2);
    expect(last.users).toEqual([user(3)]);
    expect(last.next).toBeUndefined();
    expect(send.mock.calls.map((call) => call[1])).toEqual([
      { headers: { ConsistencyLevel: 'eventual' } }, { headers: { ConsistencyLevel: 'eventual' } }
    ]);
  });

  it('takes a next link on any Graph host (national clouds, the fake tenant) as the path from the version on', () => {
    expect(graphPathOf('http://localhost:4321/u/megan/graph/v1.0/users?$skiptoken=abc')).toBe('/v1.0/users?$skiptoken=abc');
    expect(() => graphPathOf('not a url')).toThrow(SourceError);
  });

  it('says the Graph permission is missing when /users answers 403 Authorization_RequestDenied', async () => {
    const send = jest.fn().mockResolvedValue(graphAnswer(403, {
      error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.', innerError: { 'request-id': 'r-1' } }
    }));
    const error = await new GraphDirectoryReader(send, immediatePacer()).page('/v1.0/users').catch((e: SourceError) => e);

    expect(error).toMatchObject({ source: 'graph', kind: 'permission', status: 403, details: { code: 'Authorization_RequestDenied', requestId: 'r-1' } });
  });

  it('holds the scan back for Graph\'s Retry-After on a 429, then reads the page', async () => {
    const send = jest.fn()
      .mockResolvedValueOnce(graphAnswer(429, { error: { code: 'TooManyRequests' } }, { 'Retry-After': '3' }))
      .mockResolvedValueOnce(graphAnswer(200, { value: [user(1)] }));
    const pacer = immediatePacer();

    const page = await new GraphDirectoryReader(send, pacer).page('/v1.0/users');

    expect(page.users).toEqual([user(1)]);
    expect(pacer.waits).toEqual([3]);
  });

  it('calls a page without a value list bad data', async () => {
    const send = jest.fn().mockResolvedValue(graphAnswer(200, { users: [] }));
    await expect(new GraphDirectoryReader(send, immediatePacer()).page('/v1.0/users')).rejects.toMatchObject({ kind: 'bad-data' });
  });
});
