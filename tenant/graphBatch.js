'use strict';

// POST /v1.0/$batch: up to 20 requests {id, method, url} with URLs relative to the version
// ("/me?$select=..." or "me/photo"). Each response is {id, status, headers, body}: JSON bodies
// as objects, binary bodies base64-encoded (DOMAIN.md). Graph throttles each request inside a batch
// on its own: the batch answers 200 and a throttled item has status 429 and its own Retry-After,
// in seconds that may be fractional (learn.microsoft.com/graph/json-batching, /graph/throttling;
// microsoftgraph/microsoft-graph-docs issue 3877 shows "0.249"). graphBatchPhotoThrottleCount plays it.

const crypto = require('crypto');
const { jsonReply } = require('./replies');
const { graphError } = require('./graphErrors');
const { graphResource } = require('./graphResources');
const { GRAPH_JSON } = require('./graphUser');

const MAX_BATCH_REQUESTS = 20;

function parseBatch(body) {
  try {
    const json = JSON.parse(body.toString('utf8'));
    return json && Array.isArray(json.requests) ? json.requests : null;
  } catch {
    return null;
  }
}

/** The problem with a batch as Graph words it, or null. */
function batchProblem(requests) {
  if (!requests) return 'Invalid batch payload format.';
  if (requests.length === 0) return 'Batch request must contain at least one request.';
  if (requests.length > MAX_BATCH_REQUESTS) return `The number of batch requests exceeds the limit of ${MAX_BATCH_REQUESTS}.`;
  const ids = new Set();
  for (const request of requests) {
    if (!request || typeof request.id !== 'string' || request.id === '') return 'Each batch request needs a string id.';
    if (typeof request.url !== 'string' || typeof request.method !== 'string') return `Request ${request.id} needs a method and a url.`;
    if (ids.has(request.id)) return `Batch request ids must be unique: '${request.id}' appears twice.`;
    ids.add(request.id);
  }
  return null;
}

/** A request inside the batch as the context graphResource expects. */
function innerContext(ctx, request) {
  const relative = request.url.trim().replace(/^\/+/, '').replace(/^v1\.0\//, '');
  const url = new URL(`/v1.0/${relative}`, 'http://graph.invalid');
  return {
    ...ctx,
    method: request.method.toUpperCase(),
    path: decodeURIComponent(url.pathname),
    query: url.searchParams,
    headers: { ...ctx.headers, ...lowerCaseKeys(request.headers) },
    body: Buffer.alloc(0),
    requestId: crypto.randomUUID(),
    inBatch: true
  };
}

function lowerCaseKeys(headers) {
  return Object.fromEntries(Object.entries(headers || {}).map(([k, v]) => [k.toLowerCase(), v]));
}

function batchResponse(id, reply) {
  const response = { id, status: reply.status, headers: { ...reply.headers } };
  if (reply.json !== undefined) response.body = reply.json;
  else if (reply.bytes && reply.bytes.length > 0) response.body = reply.bytes.toString('base64');
  return response;
}

const PHOTO_URL = /^\/?(v1\.0\/)?me\/photos?(\/|$|\?)/i;
const ORGANISATION_URL = /^\/?(v1\.0\/)?(users|groups)(\/|$|\?)/i;

/** Whether this batch's photo requests are throttled (and counts the batch against the flag). */
function throttlesPhotos(persona, requests) {
  if (persona.behaviour.graphBatchPhotoThrottleCount <= 0 || !requests.some((r) => PHOTO_URL.test(r.url.trim()))) return false;
  persona.behaviour.graphBatchPhotoThrottleCount -= 1;
  return true;
}

/** A throttled item: its headers in canonical case, as Graph writes them inside a batch. */
function throttledItem(ctx) {
  return graphError(ctx, 'throttled', { headers: { 'Retry-After': String(ctx.persona.behaviour.batchItemRetryAfterSeconds) } });
}

async function graphBatch(ctx) {
  const requests = parseBatch(ctx.body);
  const problem = batchProblem(requests);
  if (problem) return graphError(ctx, 'badRequest', { message: problem });
  // The request log shows what a batch asked for, so tests can count photo downloads inside it.
  if (ctx.logEntry) {
    ctx.logEntry.batch = requests.map((request) => `${request.method.toUpperCase()} ${request.url}`);
    ctx.logEntry.batchItems = requests.length;
  }
  const throttled = throttlesPhotos(ctx.persona, requests);
  const responses = [];
  for (const request of requests) {
    let reply;
    try {
      if (/\$batch/i.test(request.url)) reply = graphError(ctx, 'badRequest', { message: 'A $batch cannot contain another $batch.' });
      else if (throttled && PHOTO_URL.test(request.url.trim())) reply = throttledItem(innerContext(ctx, request));
      else reply = await graphResource(innerContext(ctx, request));
    } catch (error) {
      reply = graphError(ctx, 'badRequest', { message: `The request url is not valid: ${error.message}` });
    }
    responses.push(batchResponse(request.id, reply));
  }
  // Graph promises no order (match on id): batches about the organisation come back last-first, so
  // a scan that assumes request order fails here. Persona batches keep request order, as tests read them.
  if (requests.some((request) => ORGANISATION_URL.test(request.url.trim()))) responses.reverse();
  return jsonReply(200, { responses }, GRAPH_JSON);
}

module.exports = { graphBatch, MAX_BATCH_REQUESTS };
