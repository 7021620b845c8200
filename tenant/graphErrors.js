'use strict';

// Microsoft Graph's error shape: {"error":{"code","message","innerError":{"date","request-id",
// "client-request-id"}}}, with the codes Graph sends for these cases (DOMAIN.md). Sources:
// throttled: learn.microsoft.com/graph/throttling ("Sample response": innerError code/status "429");
// no photo: ImageNotFound / ErrorEntityNotFound / ErrorItemNotFound (issue 10);
// mailboxNotEnabled: microsoftgraph/microsoft-graph-docs issue 15688, wording from
// microsoft/MicrosoftCloud issue 41 and iyear/E5SubBot issue 39 (2023).

const { jsonReply } = require('./replies');

const IMAGE_NOT_FOUND_EXCEPTION = "Exception of type 'Microsoft.Fast.Profile.Core.Exception.ImageNotFoundException' was thrown.";

const GRAPH_ERRORS = {
  unauthenticated: { status: 401, code: 'InvalidAuthenticationToken', message: 'Access token has expired or is not yet valid.' },
  permissionDenied: { status: 403, code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' },
  throttled: {
    status: 429,
    code: 'TooManyRequests',
    message: 'Please retry again later.',
    innerError: { code: '429', message: 'Please retry after', status: '429' }
  },
  ImageNotFound: { status: 404, code: 'ImageNotFound', message: IMAGE_NOT_FOUND_EXCEPTION },
  ErrorEntityNotFound: { status: 404, code: 'ErrorEntityNotFound', message: IMAGE_NOT_FOUND_EXCEPTION },
  ErrorItemNotFound: { status: 404, code: 'ErrorItemNotFound', message: "The photo wasn't found." },
  MailboxNotEnabledForRESTAPI: {
    status: 404,
    code: 'MailboxNotEnabledForRESTAPI',
    message: 'The mailbox is either inactive, soft-deleted, or is hosted on-premise.'
  },
  managerNotFound: {
    status: 404,
    code: 'Request_ResourceNotFound',
    message: "Resource 'manager' does not exist or one of its queried reference-property objects are not present."
  },
  resourceNotFound: {
    status: 404,
    code: 'Request_ResourceNotFound',
    message: 'Resource does not exist or one of its queried reference-property objects are not present.'
  },
  // learn.microsoft.com/graph/paging: a $skiptoken is opaque and expires.
  expiredPageToken: {
    status: 400,
    code: 'Directory_ExpiredPageToken',
    message: 'The specified page token value has expired and can no longer be included in your request.'
  },
  unsupportedQuery: { status: 400, code: 'Request_UnsupportedQuery', message: 'The query is not supported.' },
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
        ...known.innerError,
        date: new Date().toISOString().replace(/\.\d{3}Z$/, ''),
        'request-id': ctx.requestId,
        'client-request-id': ctx.clientRequestId
      }
    }
  };
  return jsonReply(overrides.status || known.status, body, 'application/json', overrides.headers);
}

/** "No photo" as the persona's Graph words it (graphNoPhotoCode). */
function photoNotFound(ctx) {
  return graphError(ctx, ctx.persona.behaviour.graphNoPhotoCode);
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

module.exports = { graphError, graphStatusError, photoNotFound, GRAPH_ERRORS };
