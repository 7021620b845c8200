'use strict';

// GET /v1.0/users and /v1.0/groups/{id}/transitiveMembers/microsoft.graph.user, page by page, as
// Graph pages directory objects (learn.microsoft.com/graph/paging, /graph/api/user-list,
// /graph/aad-advanced-queries):
// - "@odata.context" absolute, "#users(<selected>)" with $select;
// - "@odata.nextLink" an absolute URL that repeats the query and ends in "$skiptoken=<opaque>";
//   the last page has no nextLink key at all;
// - "@odata.count" on the first page only, and only with $count=true and ConsistencyLevel: eventual;
// - $top 1-999 (default 100); unset values null, businessPhones [] (graph-explorer issue 321 shows both).

const { jsonReply } = require('../replies');
const { graphError } = require('../graphErrors');
const { GRAPH_JSON, selectedProperties } = require('../graphUser');

const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 999;
// Real skip tokens are long base64 strings starting like this one; ours carries the offset.
const TOKEN_PREFIX = 'RFNwdAIAAQAAAB';

function skipToken(offset) {
  return TOKEN_PREFIX + Buffer.from(`offset:${offset}`).toString('base64url');
}

/** The offset a $skiptoken stands for, or null when it is not one of ours. */
function offsetOf(token) {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const match = /^offset:(\d+)$/.exec(Buffer.from(token.slice(TOKEN_PREFIX.length), 'base64url').toString('utf8'));
  return match ? Number(match[1]) : null;
}

/** The query as sent, without $skiptoken, values encoded as Graph writes them ("," as %2C). */
function repeatedQuery(query) {
  const parts = [];
  for (const [key, value] of query) if (key.toLowerCase() !== '$skiptoken') parts.push(`${key}=${encodeURIComponent(value)}`);
  return parts;
}

function userRow(user, properties) {
  const row = {};
  for (const property of properties) row[property] = user[property] === undefined ? null : user[property];
  return row;
}

/** One page of `users` (Graph user facts) for the request in ctx. */
function usersPage(ctx, users) {
  const select = ctx.query.get('$select');
  const { properties, unknown } = selectedProperties(select);
  if (unknown) return graphError(ctx, 'badRequest', { message: `Could not find a property named '${unknown}' on type 'microsoft.graph.user'.` });
  const top = ctx.query.has('$top') ? Number(ctx.query.get('$top')) : DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(top) || top < 1 || top > MAX_PAGE_SIZE) {
    return graphError(ctx, 'badRequest', { message: `Invalid page size specified: '${ctx.query.get('$top')}'. Must be between 1 and ${MAX_PAGE_SIZE} inclusive.` });
  }
  const token = ctx.query.get('$skiptoken');
  const offset = token === null ? 0 : offsetOf(token);
  if (offset === null) return graphError(ctx, 'expiredPageToken');

  const json = { '@odata.context': `${ctx.urls.graph}/v1.0/$metadata#users${select ? `(${properties.join(',')})` : ''}` };
  const eventual = String(ctx.headers.consistencylevel || '').toLowerCase() === 'eventual';
  if (offset === 0 && eventual && String(ctx.query.get('$count')).toLowerCase() === 'true') json['@odata.count'] = users.length;
  if (offset + top < users.length) {
    json['@odata.nextLink'] = `${ctx.urls.graph}${ctx.path}?${[...repeatedQuery(ctx.query), `$skiptoken=${skipToken(offset + top)}`].join('&')}`;
  }
  json.value = users.slice(offset, offset + top).map((user) => userRow(user, properties));
  return jsonReply(200, json, GRAPH_JSON);
}

module.exports = { usersPage, userRow, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE };
