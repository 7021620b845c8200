'use strict';

// The /__tenant routes browser tests use to pick, inspect and steer personas. Not part of
// Microsoft 365: never delayed, never logged.

const { jsonReply } = require('./replies');
const { behaviourProblems } = require('./behaviour');
const { personaUrls, renditionUrl } = require('./personaUrls');
const { pictureProperties, hasPictureStateKeys, PICTURE_STATE_KEYS } = require('./userProfile');
const { cdnPhoto, cdnStaleUntil } = require('./photoCdn');
const { organisationApi } = require('./organisation/testApi');

const problem = (status, message) => jsonReply(status, { error: message });

function personaSummary(definition) {
  // The user's sign-in name stands in for what SPFx's page context tells a web part before any request.
  return { name: definition.name, displayName: definition.entraUser.displayName, userPrincipalName: definition.identity.userPrincipalName, description: definition.description };
}

function renditionsOf(persona, urls) {
  if (!persona.sharePointPhoto) return null;
  return Object.fromEntries(
    Object.entries(persona.sharePointPhoto.renditions).map(([letter, r]) => [
      letter,
      { width: r.width, height: r.height, sha256: r.sha256, url: renditionUrl(urls.mySite, persona.identity, `_${letter}Thumb.jpg`) }
    ])
  );
}

function personaDetails(state, persona, origin) {
  const urls = personaUrls(origin, persona.name);
  const { pictureUrl, ...allPictureKeys } = pictureProperties(persona, urls);
  // As GetMyProperties has them: a profile without the SPS-Picture* keys reports only PictureURL.
  const pictureKeys = hasPictureStateKeys(persona)
    ? allPictureKeys
    : Object.fromEntries(Object.entries(allPictureKeys).filter(([key]) => !PICTURE_STATE_KEYS.includes(key)));
  const cdn = cdnPhoto(persona);
  return {
    ...personaSummary(persona.definition),
    urls,
    behaviour: { ...persona.behaviour },
    microsoft365PhotoSha256: persona.microsoft365Photo ? persona.microsoft365Photo.sha256 : null,
    sharePointPhotoSha256: persona.sharePointPhoto ? persona.sharePointPhoto.original.sha256 : null,
    sharePointPhotoSourceSha256: persona.sharePointPhoto ? persona.sharePointPhoto.sourceSha256 : null,
    sharePointPictureProperties: { ...pictureKeys, PictureUrl: pictureUrl },
    sharePointRenditions: renditionsOf(persona, urls),
    photoCdn: { staleUntil: cdnStaleUntil(persona), servesSha256: cdn ? cdn.original.sha256 : null },
    uploads: { ...persona.uploads },
    requests: state.requestLog.countsFor(persona.name)
  };
}

function parseJson(body) {
  try {
    return { value: JSON.parse(body.toString('utf8') || '{}') };
  } catch (error) {
    return { error: `The body is not JSON: ${error.message}` };
  }
}

async function setBehaviour(state, name, body) {
  const persona = await state.persona(name);
  const { value, error } = parseJson(body);
  if (error) return problem(400, error);
  const problems = behaviourProblems(value);
  if (problems.length > 0) return problem(400, problems.join(' '));
  Object.assign(persona.behaviour, value);
  return jsonReply(200, { name, behaviour: { ...persona.behaviour } });
}

/** GET: how far the throttling windows' clock is ahead of real time; POST { advanceMs }: moves it on. */
function clockApi(clock, { method, body }) {
  if (method === 'GET') return jsonReply(200, { aheadMs: clock.aheadMs });
  if (method !== 'POST') return problem(405, `${method} is not allowed on /__tenant/clock.`);
  const { value, error } = parseJson(body);
  if (error) return problem(400, error);
  const advanceMs = value && value.advanceMs;
  if (typeof advanceMs !== 'number' || !Number.isFinite(advanceMs) || advanceMs < 0) {
    return problem(400, 'advanceMs must be a number of milliseconds, 0 or more: the clock only moves forward.');
  }
  return jsonReply(200, { aheadMs: clock.advance(advanceMs) });
}

/** Answers a /__tenant request; `path` is what follows /__tenant. */
async function testApi(state, { method, path, query, body, origin }) {
  if (method === 'POST' && path === '/reset') {
    state.reset();
    return jsonReply(200, { reset: true });
  }
  if (path === '/clock') return clockApi(state.clock, { method, body });
  if (method === 'GET' && path === '/personas') {
    // The "My profile" picker lists its own personas; ?view=organisation lists every one.
    const all = query.get('view') === 'organisation';
    return jsonReply(200, state.definitions.filter((d) => all || !d.organisationOnly).map(personaSummary));
  }
  if (path === '/organisation' || path.startsWith('/organisation/')) return organisationApi(state.organisation, { method, path, query, body });
  if (method === 'GET' && path === '/requests') {
    const persona = query.get('persona');
    if (persona && !state.has(persona)) return problem(404, `There is no persona called '${persona}'.`);
    return jsonReply(200, state.requestLog.entries(persona || undefined));
  }
  const match = /^\/personas\/([^/]+)(\/behaviour)?$/.exec(path);
  if (!match) return problem(404, `No test API at /__tenant${path}.`);
  const name = decodeURIComponent(match[1]);
  if (!state.has(name)) return problem(404, `There is no persona called '${name}'.`);
  if (match[2] && method === 'POST') return setBehaviour(state, name, body);
  if (!match[2] && method === 'GET') return jsonReply(200, personaDetails(state, await state.persona(name), origin));
  return problem(405, `${method} is not allowed on /__tenant${path}.`);
}

module.exports = { testApi };
