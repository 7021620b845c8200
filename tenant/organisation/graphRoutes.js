'use strict';

// The organisation on Microsoft Graph: /users (paged), /users/{id or UPN}, their photos, and a
// group's transitive members cast to users. Every answer here counts against the Graph throttle
// (throttle.js); persona org-permission-missing's graphOrganisationStatus answers each one 403
// Authorization_RequestDenied, as Graph does without User.Read.All.

const { graphError, graphStatusError } = require('../graphErrors');
const { myPhoto, myPhotoValue, myPhotos, myPhotoOfSize, myPhotoOfSizeValue } = require('../graphPhotos');
const { usersPage, userRow } = require('./usersPages');
const { jsonReply } = require('../replies');
const { GRAPH_JSON, selectedProperties } = require('../graphUser');
const { photoVersion } = require('./people');
const { microsoft365PhotoOf } = require('./photos');

/** Retry-After as Graph writes it: whole seconds on a request, fractional inside a $batch ("2.128"). */
function retryAfter(ctx, seconds) {
  return ctx.inBatch ? String(Number(seconds.toFixed(3))) : String(Math.max(1, Math.ceil(seconds)));
}

/** Wraps an organisation handler with the permission check and the throttle. */
function organisationRoute(handle) {
  return (ctx) => {
    const status = ctx.persona.behaviour.graphOrganisationStatus;
    if (status) return graphStatusError(ctx, status);
    const { model, traffic } = ctx.organisation;
    const taken = traffic.graph.take(1, model.throttle.graphPer10s);
    if (taken.throttled) return graphError(ctx, 'throttled', { headers: { 'Retry-After': retryAfter(ctx, taken.retryAfterSeconds) } });
    return handle(ctx);
  };
}

function notFound(ctx, id) {
  return graphError(ctx, 'resourceNotFound', { message: `Resource '${id}' does not exist or one of its queried reference-property objects are not present.` });
}

function listUsers(ctx) {
  return usersPage(ctx, ctx.organisation.model.people.map((p) => p.graph));
}

function transitiveUsers(ctx) {
  const group = ctx.organisation.model.groupById(ctx.params.groupId);
  if (!group) return notFound(ctx, ctx.params.groupId);
  return usersPage(ctx, ctx.organisation.model.transitiveMembers(group.id).map((p) => p.graph));
}

function oneUser(ctx) {
  const person = ctx.organisation.model.byIdOrUpn(ctx.params.id);
  if (!person) return notFound(ctx, ctx.params.id);
  const { properties, unknown } = selectedProperties(ctx.query.get('$select'));
  if (unknown) return graphError(ctx, 'badRequest', { message: `Could not find a property named '${unknown}' on type 'microsoft.graph.user'.` });
  const context = ctx.query.get('$select') ? `users(${properties.join(',')})/$entity` : 'users/$entity';
  return jsonReply(200, { '@odata.context': `${ctx.urls.graph}/v1.0/$metadata#${context}`, ...userRow(person.graph, properties) }, GRAPH_JSON);
}

// The scan asks for photo metadata of thousands: answer it from facts, without drawing.
const photoFacts = (person) => ({ width: 648, height: 648, contentType: 'image/jpeg', etag: photoVersion(person), placeholder: false, decodable: true });

/**
 * Runs one of the persona photo handlers (graphPhotos.js) for an organisation person: the same
 * shapes, "no photo" codes and MailboxNotEnabledForRESTAPI, with the person in the persona's place.
 */
function personPhoto(handler, { bytes }) {
  return async (ctx) => {
    const person = ctx.organisation.model.byIdOrUpn(ctx.params.id);
    if (!person) return notFound(ctx, ctx.params.id);
    let photo = null;
    if (person.graphPhoto === 'photo') photo = bytes ? await microsoft365PhotoOf(person) : photoFacts(person);
    const behaviour = { ...ctx.persona.behaviour, graphPhotoUnavailable: person.graphPhoto === 'unavailable' ? 'MailboxNotEnabledForRESTAPI' : null };
    return handler({ ...ctx, persona: { ...ctx.persona, behaviour, entraUser: person.graph, microsoft365Photo: photo } });
  };
}

const USER = '^\\/v1\\.0\\/users\\/(?<id>[^/]+)';

const ORGANISATION_GRAPH_ROUTES = [
  { method: 'GET', path: /^\/v1\.0\/users$/, handle: listUsers },
  { method: 'GET', path: /^\/v1\.0\/groups\/(?<groupId>[^/]+)\/transitiveMembers\/microsoft\.graph\.user$/, handle: transitiveUsers },
  { method: 'GET', path: new RegExp(`${USER}$`), handle: oneUser },
  { method: 'GET', path: new RegExp(`${USER}/photo$`), handle: personPhoto(myPhoto, { bytes: false }) },
  { method: 'GET', path: new RegExp(`${USER}/photo/\\$value$`), handle: personPhoto(myPhotoValue, { bytes: true }) },
  { method: 'GET', path: new RegExp(`${USER}/photos$`), handle: personPhoto(myPhotos, { bytes: false }) },
  { method: 'GET', path: new RegExp(`${USER}/photos/(?<size>[^/]+)$`), handle: personPhoto(myPhotoOfSize, { bytes: false }) },
  { method: 'GET', path: new RegExp(`${USER}/photos/(?<size>[^/]+)/\\$value$`), handle: personPhoto(myPhotoOfSizeValue, { bytes: true }) }
].map((route) => ({ ...route, handle: organisationRoute(route.handle) }));

module.exports = { ORGANISATION_GRAPH_ROUTES };
