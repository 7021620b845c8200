'use strict';

// SharePoint's error answers, in the caller's OData flavour. Codes and messages are the ones
// SharePoint Online sends for these cases (DOMAIN.md: "Parameter is not valid." on a bad upload).
// Every answer carries SharePoint's correlation id twice, as `SPRequestGuid` and `request-id` (the
// same GUID), and a `Date` (Node adds it): pnp/pnpframework issue 1010 shows them on a real answer.

const { odataFlavour, odataContentType, errorJson } = require('./odata');
const { jsonReply, textReply } = require('./replies');

const SHAREPOINT_ERRORS = {
  securityValidation: {
    status: 403,
    code: '-2130575251, Microsoft.SharePoint.SPException',
    message: "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again."
  },
  accessDenied: {
    status: 403,
    code: '-2147024891, System.UnauthorizedAccessException',
    message: 'Access denied. You do not have permission to perform this action or access this resource.'
  },
  parameterNotValid: { status: 400, code: '-2147024809, System.ArgumentException', message: 'Parameter is not valid.' },
  pictureTooLarge: {
    status: 400,
    code: '-2147024809, System.ArgumentException',
    message: 'The picture is too large. Profile pictures can be at most 5,000,000 bytes.'
  },
  invalidQuery: {
    status: 400,
    code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
    message: 'The query is not valid.'
  },
  wrongMethod: {
    status: 405,
    code: '-1, Microsoft.SharePoint.Client.ClientServiceException',
    message: 'The HTTP method cannot be used to access the resource. Please use the correct HTTP method to invoke the resource.'
  },
  notFound: {
    status: 404,
    code: '-1, Microsoft.SharePoint.Client.ResourceNotFoundException',
    message: 'Cannot find resource for the request.'
  },
  // SharePoint's 429: status and Retry-After are what is documented ("Avoid getting throttled or
  // blocked in SharePoint Online"); no body is published, so this is the generic error with our words.
  throttled: {
    status: 429,
    code: '-2146232832, Microsoft.SharePoint.SPException',
    message: 'The request has been throttled: too many requests in a short time. Wait for the time Retry-After gives, then try again.'
  },
  unavailable: {
    status: 503,
    code: '-2147467259, Microsoft.SharePoint.SPException',
    message: 'The service is unavailable. SharePoint cannot answer right now; try again later.'
  },
  failed: { status: 500, code: '-2146232832, Microsoft.SharePoint.SPException', message: 'Sorry, something went wrong.' }
};

/** The headers that name this answer in SharePoint's logs. */
function requestIdHeaders(ctx) {
  return { SPRequestGuid: ctx.requestId, 'request-id': ctx.requestId };
}

/** A SharePoint REST error; `overrides` may replace status, message or add headers. */
function sharePointError(ctx, name, overrides = {}) {
  const known = SHAREPOINT_ERRORS[name];
  const flavour = odataFlavour(ctx.headers.accept);
  const status = overrides.status || known.status;
  const headers = { ...requestIdHeaders(ctx), ...overrides.headers };
  return jsonReply(status, errorJson(flavour, known.code, overrides.message || known.message), odataContentType(flavour), headers);
}

/**
 * The answer every SharePoint request gets while a persona's sharePointStatus flag is set:
 * REST calls get the JSON error, pages and files an HTML page, as SharePoint does.
 */
function sharePointStatusReply(ctx, status) {
  const headers = status === 503 || status === 429 ? { 'Retry-After': String(ctx.persona.behaviour.retryAfterSeconds) } : {};
  const name = status === 503 ? 'unavailable' : status === 403 || status === 401 ? 'accessDenied' : status === 404 ? 'notFound' : 'failed';
  if (/^\/_api\//i.test(ctx.path)) return sharePointError(ctx, name, { status, headers });
  const html = `<!DOCTYPE html><html><head><title>SharePoint</title></head><body><h1>${status}</h1><p>${SHAREPOINT_ERRORS[name].message}</p></body></html>`;
  return textReply(status, html, 'text/html; charset=utf-8', { ...requestIdHeaders(ctx), ...headers });
}

module.exports = { sharePointError, sharePointStatusReply, SHAREPOINT_ERRORS };
