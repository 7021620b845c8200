import { graphFailure } from '../graph/graphFetch';
import { SourceError } from '../SourceError';
import { GraphFetch } from '../types';
import { graphJson, pacedGraphRequest } from './pacedGraphRequest';
import { DirectoryPage, DirectoryScope, IDirectoryReader, IPacer } from './types';

// Who a person is and whether they are in scope; the compared fields are added to these.
const IDENTITY_FIELDS = ['id', 'displayName', 'userPrincipalName', 'mail', 'accountEnabled', 'userType'];
// Graph's largest page for /users (https://learn.microsoft.com/graph/paging).
const PAGE_SIZE = 999;
// $count needs the advanced query header (https://learn.microsoft.com/graph/aad-advanced-queries).
const ADVANCED_QUERY = { headers: { ConsistencyLevel: 'eventual' } };

/**
 * Graph's @odata.nextLink is an absolute URL on Graph's host repeating the query with a $skiptoken;
 * GraphFetch takes the part from the version on, and adds its own host: a link never picks the host.
 */
export function graphPathOf(nextLink: string): string {
  let url: URL;
  try {
    url = new URL(nextLink);
  } catch {
    throw new SourceError('graph', 'bad-data', 'Microsoft Graph answered with a next page link that is not a URL');
  }
  const at = url.pathname.indexOf('/v1.0/');
  if (at < 0) throw new SourceError('graph', 'bad-data', 'Microsoft Graph answered with a next page link outside v1.0');
  return url.pathname.slice(at) + url.search;
}

function readPage(body: unknown, path: string): DirectoryPage {
  const page = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  if (!Array.isArray(page.value)) throw new SourceError('graph', 'bad-data', `Microsoft Graph answered ${path} without a "value" list`);
  const result: DirectoryPage = { users: page.value };
  const count = page['@odata.count'];
  if (typeof count === 'number' && isFinite(count) && count >= 0) result.total = count;
  const next = page['@odata.nextLink'];
  if (typeof next === 'string' && next) result.next = graphPathOf(next);
  return result;
}

/** Everyone in the directory (/users) or a group's members at any depth (transitiveMembers), page by page. */
export class GraphDirectoryReader implements IDirectoryReader {
  public constructor(private readonly _send: GraphFetch, private readonly _pacer: IPacer) {}

  public firstPage(scope: DirectoryScope, fields: readonly string[]): string {
    const select = IDENTITY_FIELDS.concat(fields.filter((field) => IDENTITY_FIELDS.indexOf(field) < 0));
    const query = `$select=${select.join(',')}&$top=${PAGE_SIZE}&$count=true`;
    return scope.kind === 'group'
      ? `/v1.0/groups/${encodeURIComponent(scope.groupId)}/transitiveMembers/microsoft.graph.user?${query}`
      : `/v1.0/users?${query}`;
  }

  public async page(path: string, signal?: AbortSignal): Promise<DirectoryPage> {
    const response = await pacedGraphRequest(this._pacer, this._send, path, ADVANCED_QUERY, 1, signal);
    if (!response.ok) throw await graphFailure(path, response);
    return readPage(await graphJson(path, response), path);
  }
}
