'use strict';

// POST /v1.0/$batch: up to 20 requests {id, method, url} with URLs relative to the version
// ("/me?$select=..." or "me/photo"). Each response is {id, status, headers, body}: JSON bodies
// as objects, binary bodies base64-encoded (DOMAIN.md).

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
    requestId: crypto.randomUUID()
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

async function graphBatch(ctx) {
  const requests = parseBatch(ctx.body);
  const problem = batchProblem(requests);
  if (problem) return graphError(ctx, 'badRequest', { message: problem });
  // The request log shows what a batch asked for, so tests can count photo downloads inside it.
  if (ctx.logEntry) ctx.logEntry.batch = requests.map((request) => `${request.method.toUpperCase()} ${request.url}`);
  const responses = [];
  for (const request of requests) {
    let reply;
    try {
      reply = /\$batch/i.test(request.url)
        ? graphError(ctx, 'badRequest', { message: 'A $batch cannot contain another $batch.' })
        : await graphResource(innerContext(ctx, request));
    } catch (error) {
      reply = graphError(ctx, 'badRequest', { message: `The request url is not valid: ${error.message}` });
    }
    responses.push(batchResponse(request.id, reply));
  }
  return jsonReply(200, { responses }, GRAPH_JSON);
}

module.exports = { graphBatch, MAX_BATCH_REQUESTS };
