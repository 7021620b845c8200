'use strict';

// POST {site}/_api/$batch: OData multipart/mixed, as PnPjs's sp.batched() writes it
// (node_modules/@pnp/sp/batching.js): parts "--batch_<id>", each "Content-Type: application/http"
// with a request line "GET <absolute url> HTTP/1.1", its headers and a body; writes in a changeset.
// The answer is what PnPjs's parseResponse reads and SharePoint Online sends: boundary
// "batchresponse_<guid>" (not the request's), CRLF line ends, per part "Content-Type:
// application/http", then "HTTP/1.1 <code> <reason>" (PnPjs needs the reason), upper-case inner
// headers ("CONTENT-TYPE:"), one part per request in request order, and a CRLF after the closing
// boundary (PnPjs's parser ends in the wrong state without it). Requests inside count one by one
// against the SharePoint throttle; a throttled batch is one 429 for the whole request.

const crypto = require('crypto');
const http = require('http');
const { bytesReply } = require('./replies');
const { sharePointError } = require('./sharePointErrors');
const { hasBearerToken } = require('./setMyProfilePicture');
const { takeSharePoint } = require('./organisation/throttle');

const MAX_BATCH_REQUESTS = 100;
const CRLF = '\r\n';

function boundaryOf(contentType) {
  const match = /boundary="?([^";]+)"?/i.exec(String(contentType || ''));
  return match ? match[1] : null;
}

/** Splits a multipart body into [{ headers, content }] (headers lower-cased). */
function multipartParts(text, boundary) {
  const segments = text.split(`--${boundary}`);
  const parts = [];
  for (const segment of segments.slice(1)) {
    if (segment.startsWith('--')) break;
    const body = segment.replace(/^\n/, '');
    const split = body.indexOf('\n\n');
    const head = split < 0 ? body : body.slice(0, split);
    const headers = {};
    for (const line of head.split('\n')) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    parts.push({ headers, content: split < 0 ? '' : body.slice(split + 2) });
  }
  return parts;
}

/** One application/http part as { method, url, headers, body }, or null when it is not one. */
function httpRequestOf(content) {
  const split = content.indexOf('\n\n');
  const head = (split < 0 ? content : content.slice(0, split)).split('\n');
  const requestLine = /^([A-Z]+) (\S+) HTTP\/1\.1$/.exec(head[0].trim());
  if (!requestLine) return null;
  const headers = {};
  for (const line of head.slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { method: requestLine[1], url: requestLine[2], headers, body: split < 0 ? '' : content.slice(split + 2).replace(/\n+$/, '') };
}

/** Every request of the batch, changesets flattened, in order; null when the body is not a batch. */
function batchRequests(ctx) {
  const boundary = boundaryOf(ctx.headers['content-type']);
  if (!boundary) return null;
  const text = ctx.body.toString('utf8').replace(/\r\n/g, '\n');
  const requests = [];
  for (const part of multipartParts(text, boundary)) {
    const inner = boundaryOf(part.headers['content-type']);
    const contents = /^multipart\/mixed/i.test(part.headers['content-type'] || '') && inner
      ? multipartParts(part.content, inner).map((p) => p.content)
      : [part.content];
    for (const content of contents) {
      const request = httpRequestOf(content);
      if (!request) return null;
      requests.push(request);
    }
  }
  return requests;
}

function decodedPath(rawPath) {
  try {
    return rawPath.split('/').map(decodeURIComponent).join('/');
  } catch {
    return null;
  }
}

/** The context of one request inside the batch, or null when it is not for this site. */
function innerContext(ctx, request) {
  let url;
  try {
    url = new URL(request.url, `${ctx.urls.sharePoint}/`);
  } catch {
    return null;
  }
  const site = new URL(`${ctx.urls.sharePoint}/`).pathname;
  if (!url.pathname.startsWith(site)) return null;
  const path = decodedPath(`/${url.pathname.slice(site.length)}`);
  if (path === null) return null;
  const { 'content-type': outer, ...headers } = ctx.headers;
  return {
    ...ctx,
    method: request.method,
    path,
    query: url.searchParams,
    headers: { ...headers, ...request.headers },
    body: Buffer.from(request.body, 'utf8'),
    requestId: crypto.randomUUID(),
    inBatch: true,
    logEntry: null
  };
}

function responsePart(reply) {
  const body = reply.json !== undefined ? JSON.stringify(reply.json) : (reply.bytes || Buffer.alloc(0)).toString('utf8');
  const headerLines = Object.entries(reply.headers || {})
    .filter(([name]) => !/^(sprequestguid|request-id)$/i.test(name))
    .map(([name, value]) => `${name.toUpperCase()}: ${value}`);
  return [
    'Content-Type: application/http',
    'Content-Transfer-Encoding: binary',
    '',
    `HTTP/1.1 ${reply.status} ${http.STATUS_CODES[reply.status] || 'Unknown'}`,
    ...headerLines,
    '',
    body
  ].join(CRLF);
}

/** Answers a $batch; `answerOne(ctx)` answers one request through the site's routes. */
async function sharePointBatch(ctx, answerOne) {
  // A POST: SharePoint wants a form digest (PnPjs fetches one from contextinfo first) or a bearer token.
  if (!hasBearerToken(ctx.headers) && !ctx.formDigests.isValid(ctx.persona.name, ctx.headers['x-requestdigest'])) {
    return sharePointError(ctx, 'securityValidation');
  }
  const requests = batchRequests(ctx);
  if (!requests || requests.length === 0) {
    return sharePointError(ctx, 'invalidQuery', { message: 'The request body is not a valid multipart/mixed batch.' });
  }
  if (requests.length > MAX_BATCH_REQUESTS) {
    return sharePointError(ctx, 'invalidQuery', { message: `A batch can hold at most ${MAX_BATCH_REQUESTS} requests; this one holds ${requests.length}.` });
  }
  if (ctx.logEntry) {
    ctx.logEntry.batch = requests.map((r) => `${r.method} ${r.url}`);
    ctx.logEntry.batchItems = requests.length;
  }
  const { model, traffic } = ctx.organisation;
  const taken = takeSharePoint(traffic, model.throttle, requests.length);
  if (taken.throttled) return sharePointError(ctx, 'throttled', { headers: { 'Retry-After': String(Math.max(1, Math.ceil(taken.retryAfterSeconds))) } });

  const boundary = `batchresponse_${crypto.randomUUID()}`;
  const parts = [];
  for (const request of requests) {
    const inner = innerContext(ctx, request);
    const reply = inner
      ? await answerOne(inner)
      : sharePointError(ctx, 'invalidQuery', { message: `The request URL '${request.url}' is not in this site.` });
    parts.push(`--${boundary}${CRLF}${responsePart(reply)}${CRLF}`);
  }
  const text = `${parts.join('')}--${boundary}--${CRLF}`;
  return bytesReply(200, Buffer.from(text, 'utf8'), `multipart/mixed; boundary=${boundary}`, { SPRequestGuid: ctx.requestId, 'request-id': ctx.requestId });
}

module.exports = { sharePointBatch, batchRequests, MAX_BATCH_REQUESTS };
