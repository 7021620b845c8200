'use strict';

// Microsoft Graph's error shape: {"error":{"code","message","innerError":{"date","request-id",
// "client-request-id"}}}, with the codes Graph sends for these cases (DOMAIN.md).

const { jsonReply } = require('./replies');

const GRAPH_ERRORS = {
  unauthenticated: { status: 401, code: 'InvalidAuthenticationToken', message: 'Access token has expired or is not yet valid.' },
  permissionDenied: { status: 403, code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' },
  throttled: { status: 429, code: 'TooManyRequests', message: 'Too many requests from this client. Retry after the time in the Retry-After header.' },
  photoNotFound: { status: 404, code: 'ErrorEntityNotFound', message: "The photo wasn't found." },
  managerNotFound: {
    status: 404,
    code: 'Request_ResourceNotFound',
    message: "Resource 'manager' does not exist or one of its queried reference-property objects are not present."
  },
  badRequest: { status: 400, code: 'BadRequest', message: 'The request is not valid.' },
  methodNotAllowed: { status: 405, code: 'Request_BadRequest', message: 'The HTTP method is not allowed on this resource.' },
  serviceUnavailable: { status: 503, code: 'serviceNotAvailable', message: 'The service is temporarily unavailable. Try again later.' },
  failed: { status: 500, code: 'generalException', message: 'An error occurred while processing this request.' }
};

/** A Graph error reply; `overrides` may replace status or message and add headers. */
function graphError(ctx, name, overrides = {}) {
  const known = GRAPH_ERRORS[name];
  const body = {
    error: {
      code: known.code,
      message: overrides.message || known.message,
      innerError: {
        date: new Date().toISOString().replace(/\.\d{3}Z$/, ''),
        'request-id': ctx.requestId,
        'client-request-id': ctx.clientRequestId
      }
    }
  };
  return jsonReply(overrides.status || known.status, body, 'application/json', overrides.headers);
}

/** The error for a graphStatus behaviour flag (401 token, 403 permission, 5xx outage). */
function graphStatusError(ctx, status) {
  const retry = { 'Retry-After': String(ctx.persona.behaviour.retryAfterSeconds) };
  if (status === 401) return graphError(ctx, 'unauthenticated');
  if (status === 403) return graphError(ctx, 'permissionDenied');
  if (status === 429) return graphError(ctx, 'throttled', { headers: retry });
  if (status === 503) return graphError(ctx, 'serviceUnavailable', { headers: retry });
  return graphError(ctx, 'failed', { status });
}

module.exports = { graphError, graphStatusError, GRAPH_ERRORS };
