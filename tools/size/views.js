'use strict';
// Which lazy chunks belong to which view, so each figure means what it says:
// - the organisation view (issue 13) loads as chunks named profile-sync-organisation*: counted apart,
//   not in the "My profile" view's total;
// - the verdict needs, besides the initial JavaScript, the view and the fingerprint code, which load
//   in parallel with the first requests: "verdict" is initial plus those, so moving code out of the
//   first bundle cannot hide it.

const ORGANISATION_CHUNK_PREFIX = 'profile-sync-organisation';
const VERDICT_CHUNKS = ['profile-sync-view', 'profile-sync-pixels'];

const isOrganisationChunk = (label) => label.startsWith(ORGANISATION_CHUNK_PREFIX);

const isNamed = (label) => !/^chunk \d+$/.test(label);

/**
 * A lazy file of the organisation view: one of its named chunks, a chunk only they load, or a chunk
 * webpack split off to load with them and with no other named chunk (the web part's one import() of
 * the organisation view brings it).
 */
function isOrganisationFile(entry) {
  if (entry.kind !== 'lazy') return false;
  if (isOrganisationChunk(entry.chunk)) return true;
  if (entry.loadedBy.length > 0 && entry.loadedBy.every(isOrganisationChunk)) return true;
  const named = entry.loadedWith.filter(isNamed);
  return named.length > 0 && named.every(isOrganisationChunk);
}

/** A lazy file the verdict waits for: the view, the fingerprint code, or a chunk webpack split off to load with them. */
function isVerdictFile(entry) {
  if (entry.kind !== 'lazy') return false;
  return VERDICT_CHUNKS.some((name) => entry.chunk === name || entry.loadedWith.includes(name));
}

/** Marks the organisation view's files (kind 'organisation') and the lazy files the verdict needs (forVerdict). */
function assignViews(files) {
  return files.map((entry) => {
    if (isOrganisationFile(entry)) return { ...entry, kind: 'organisation' };
    return isVerdictFile(entry) ? { ...entry, forVerdict: true } : entry;
  });
}

module.exports = { assignViews, isOrganisationFile, isVerdictFile, ORGANISATION_CHUNK_PREFIX, VERDICT_CHUNKS };
