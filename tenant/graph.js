'use strict';

// The persona's Microsoft Graph ({origin}/u/{persona}/graph). Throttling and token errors
// answer the whole HTTP request (a throttled $batch is one 429); everything else is answered
// per resource so that $batch can report it per response.

const { graphError, graphStatusError } = require('./graphErrors');
const { graphResource, isPerRequestStatus } = require('./graphResources');
const { graphBatch } = require('./graphBatch');

function withRequestIds(ctx, reply) {
  return { ...reply, headers: { ...reply.headers, 'request-id': ctx.requestId, 'client-request-id': ctx.clientRequestId } };
}

async function graph(ctx) {
  const { behaviour } = ctx.persona;
  if (behaviour.graphThrottleCount > 0) {
    behaviour.graphThrottleCount -= 1;
    const headers = { 'Retry-After': String(behaviour.retryAfterSeconds) };
    return withRequestIds(ctx, graphError(ctx, 'throttled', { headers }));
  }
  if (behaviour.graphStatus && !isPerRequestStatus(behaviour.graphStatus)) {
    return withRequestIds(ctx, graphStatusError(ctx, behaviour.graphStatus));
  }
  if (/^\/v1\.0\/\$batch$/.test(ctx.path)) {
    if (ctx.method !== 'POST') return withRequestIds(ctx, graphError(ctx, 'methodNotAllowed'));
    return withRequestIds(ctx, await graphBatch(ctx));
  }
  return withRequestIds(ctx, await graphResource(ctx));
}

module.exports = { graph };
