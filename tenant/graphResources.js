'use strict';

// The Graph resources the web part reads, answered one request at a time: the same function
// answers a plain HTTP request and each request inside a $batch. A persona's permission error
// (graphStatus 403) is decided here, per request, because inside a batch Graph reports it
// in each response; token and throttling errors stop the whole HTTP request (graph.js).

const { findRoute } = require('./routes');
const { graphError, graphStatusError } = require('./graphErrors');
const { me, myManager } = require('./graphUser');
const { myPhoto, myPhotoValue, myPhotos, myPhotoOfSize, myPhotoOfSizeValue } = require('./graphPhotos');
const { ORGANISATION_GRAPH_ROUTES } = require('./organisation/graphRoutes');

const GRAPH_ROUTES = [
  { method: 'GET', path: /^\/v1\.0\/me$/, handle: me },
  { method: 'GET', path: /^\/v1\.0\/me\/manager$/, handle: myManager },
  { method: 'GET', path: /^\/v1\.0\/me\/photo$/, handle: myPhoto },
  { method: 'GET', path: /^\/v1\.0\/me\/photo\/\$value$/, handle: myPhotoValue },
  { method: 'GET', path: /^\/v1\.0\/me\/photos$/, handle: myPhotos },
  { method: 'GET', path: /^\/v1\.0\/me\/photos\/(?<size>[^/]+)$/, handle: myPhotoOfSize },
  { method: 'GET', path: /^\/v1\.0\/me\/photos\/(?<size>[^/]+)\/\$value$/, handle: myPhotoOfSizeValue },
  ...ORGANISATION_GRAPH_ROUTES
];

/** Whether a graphStatus flag is reported per request (permission-like) rather than per HTTP call. */
function isPerRequestStatus(status) {
  return status >= 400 && status < 500 && status !== 401 && status !== 429;
}

async function graphResource(ctx) {
  const { graphStatus } = ctx.persona.behaviour;
  if (graphStatus && isPerRequestStatus(graphStatus)) return graphStatusError(ctx, graphStatus);
  const route = findRoute(GRAPH_ROUTES, ctx.method, ctx.path);
  if (route && route.handle) return route.handle({ ...ctx, params: route.params });
  if (route && route.wrongMethod) return graphError(ctx, 'methodNotAllowed');
  const segment = ctx.path.split('/').filter(Boolean).slice(1).join('/') || ctx.path;
  return graphError(ctx, 'badRequest', { message: `Resource not found for the segment '${segment}'.` });
}

module.exports = { graphResource, isPerRequestStatus };
