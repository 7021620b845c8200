'use strict';

// /__tenant/organisation: what the organisation should give a scan, and how tests steer it.
//   GET  /__tenant/organisation[?group=<id>&includeGuests=true&includeDisabled=true]
//        -> { size, expected: { "<finding code>": people, ..., "in-sync": people }, groupId, groupName, nestedGroupId, changes }
//   POST /__tenant/organisation  { size } | { change: { fraction } }
//        | { throttle: { graphPer10s, sharePointPer10s, sharePointPer5min, searchPerSecond } }
//        | { index: { staleShare, notIndexedShare, objectIdMissingShare, shortPages, maxRowLimit, maxStartRow } }
//        (any together) -> the same summary for the default scope, plus throttle and index
//   GET  /__tenant/organisation/traffic -> per service { requests, peakPer10s, throttled }, batch items counted
//        (search: its peak is per second)

const { jsonReply } = require('../replies');
const { MAX_ROW_LIMIT, MAX_START_ROW } = require('./peopleSearch');

const MAX_SIZE = 100000;
const problem = (status, message) => jsonReply(status, { error: message });
const isTrue = (value) => value === 'true' || value === '1';

function scopeOf(query) {
  return { groupId: query.get('group') || undefined, includeGuests: isTrue(query.get('includeGuests')), includeDisabled: isTrue(query.get('includeDisabled')) };
}

const THROTTLE_KEYS = ['graphPer10s', 'sharePointPer10s', 'sharePointPer5min', 'searchPerSecond'];
const SHARE_KEYS = ['staleShare', 'notIndexedShare', 'objectIdMissingShare'];

/** What the people index holds against the profiles: entries, stale ones, profiles left out. */
function indexSummary(model) {
  const entries = model.peopleIndex.entries();
  const profiles = model.people.filter((p) => p.sharePoint).length;
  return {
    ...model.peopleIndex.settings,
    entries: entries.length,
    stale: entries.filter((e) => e.stale).length,
    notIndexed: profiles - entries.length,
    withoutObjectId: entries.filter((e) => !e.objectId).length
  };
}

function summary(organisation, scope) {
  return { ...organisation.model.summary(scope), throttle: { ...organisation.model.throttle }, index: indexSummary(organisation.model) };
}

/** Problems with a POST body, as sentences. */
function changeProblems(body) {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return ['Send a JSON object.'];
  const problems = [];
  if ('size' in body && !(Number.isInteger(body.size) && body.size >= 0 && body.size <= MAX_SIZE)) problems.push(`size must be a whole number from 0 to ${MAX_SIZE}.`);
  if ('change' in body && !(body.change && typeof body.change.fraction === 'number' && body.change.fraction >= 0 && body.change.fraction <= 1)) {
    problems.push('change must be { "fraction": a number from 0 to 1 }.');
  }
  if ('throttle' in body) {
    const t = body.throttle || {};
    const bad = Object.entries(t).filter(([k, v]) => !THROTTLE_KEYS.includes(k) || !(Number.isInteger(v) && v >= 0));
    if (!body.throttle || typeof body.throttle !== 'object' || bad.length > 0) problems.push(`throttle takes ${THROTTLE_KEYS.join(', ')}, whole numbers (0: off).`);
  }
  if ('index' in body) {
    const i = body.index || {};
    const bad = Object.entries(i).filter(([k, v]) => (SHARE_KEYS.includes(k) ? !(typeof v === 'number' && v >= 0 && v <= 1)
      : k === 'shortPages' ? typeof v !== 'boolean'
        : k === 'maxRowLimit' ? !(Number.isInteger(v) && v >= 1 && v <= MAX_ROW_LIMIT)
          : k === 'maxStartRow' ? !(Number.isInteger(v) && v >= 0 && v <= MAX_START_ROW) : true));
    if (!body.index || typeof body.index !== 'object' || bad.length > 0) {
      problems.push(`index takes ${SHARE_KEYS.join(', ')} (numbers from 0 to 1), shortPages (true or false), maxRowLimit (1-${MAX_ROW_LIMIT}) and maxStartRow (0-${MAX_START_ROW}).`);
    }
  }
  const unknown = Object.keys(body).filter((k) => !['size', 'change', 'throttle', 'index'].includes(k));
  if (unknown.length > 0) problems.push(`Unknown: ${unknown.join(', ')} (known: size, change, throttle, index).`);
  return problems;
}

function organisationApi(organisation, { method, path, query, body }) {
  if (path === '/organisation/traffic' && method === 'GET') {
    const { traffic } = organisation;
    return jsonReply(200, { graph: traffic.graph.stats(), sharePoint: traffic.sharePoint.stats(), search: traffic.search.stats() });
  }
  if (path !== '/organisation') return problem(404, `No test API at /__tenant${path}.`);
  if (method === 'GET') return jsonReply(200, summary(organisation, scopeOf(query)));
  if (method !== 'POST') return problem(405, `${method} is not allowed on /__tenant/organisation.`);
  let change;
  try {
    change = JSON.parse(body.toString('utf8') || '{}');
  } catch (error) {
    return problem(400, `The body is not JSON: ${error.message}`);
  }
  const problems = changeProblems(change);
  if (problems.length > 0) return problem(400, problems.join(' '));
  if ('size' in change) organisation.model.resize(change.size);
  if (change.change) organisation.model.change(change.change.fraction);
  if (change.throttle) Object.assign(organisation.model.throttle, change.throttle);
  if (change.index) organisation.model.peopleIndex.set(change.index);
  return jsonReply(200, summary(organisation, {}));
}

module.exports = { organisationApi };
