'use strict';

// The live, changeable state of every persona. A persona is made from its definition on first
// use (its photos come from the shared photo library), and reset throws the live state away,
// so the next request starts again from the definition without redrawing anything.

const { PERSONAS } = require('./personas');
const { photoFor, sharePointPhotoFrom } = require('./photoLibrary');
const { BEHAVIOUR_DEFAULTS } = require('./behaviour');
const { createRequestLog } = require('./requestLog');
const { createOrganisation } = require('./organisation/organisation');
const { createTraffic } = require('./organisation/throttle');
const { createTestClock } = require('./testClock');

async function sharePointPhotoOf(definition, microsoft365Photo) {
  const source = definition.sharePointPicture.photo;
  if (!source) return null;
  const picture = source === 'microsoft365' ? microsoft365Photo : await photoFor(source);
  return sharePointPhotoFrom(picture.bytes);
}

async function livePersona(definition, now) {
  const microsoft365Photo = definition.microsoft365Photo ? await photoFor(definition.microsoft365Photo) : null;
  const { timestamp, placeholderState, exchangeSyncState } = definition.sharePointPicture;
  return {
    name: definition.name,
    definition,
    identity: definition.identity,
    entraUser: structuredClone(definition.entraUser),
    manager: definition.manager,
    microsoft365Photo,
    sharePointPhoto: await sharePointPhotoOf(definition, microsoft365Photo),
    userProfile: {
      fields: { ...definition.userProfileFields },
      picture: { timestamp, placeholderState, exchangeSyncState, urlOverride: definition.pictureUrlOverride, keysRecorded: false },
      shape: structuredClone(definition.profileShape)
    },
    /** What the photo CDN held before the last upload (photoCdn.js); null until an upload. */
    photoCdn: null,
    /** The tenant's test clock (testClock.js): the photo CDN's staleness reads it. */
    now,
    behaviour: { ...BEHAVIOUR_DEFAULTS, ...definition.behaviour },
    uploads: { accepted: 0, refused: 0 }
  };
}

function createTenantState(definitions = PERSONAS, { orgSize } = {}) {
  const byName = new Map(definitions.map((d) => [d.name, d]));
  let live = new Map();
  const requestLog = createRequestLog();
  // One organisation, the same under every persona: the people and the two services' traffic.
  // The throttling windows and the photo CDN read the test clock (tenant/testClock.js); real time
  // unless a test moves it.
  const clock = createTestClock();
  const organisation = { model: createOrganisation({ size: orgSize }), traffic: createTraffic(clock.now) };

  return {
    requestLog,
    clock,
    organisation,
    definitions,
    has: (name) => byName.has(name),
    /** The persona's live state (made on first use), or undefined for an unknown name. */
    persona(name) {
      if (!byName.has(name)) return undefined;
      if (!live.has(name)) {
        const made = livePersona(byName.get(name), clock.now);
        live.set(name, made);
        made.catch(() => live.delete(name));
      }
      return live.get(name);
    },
    /** Every persona back to its definition, the organisation to its start; counters and the request log cleared. */
    reset() {
      live = new Map();
      requestLog.clear();
      organisation.model.reset();
      organisation.traffic.graph.clear();
      organisation.traffic.sharePoint.clear();
      organisation.traffic.sharePointPer5min.clear();
      organisation.traffic.search.clear();
    }
  };
}

module.exports = { createTenantState };
