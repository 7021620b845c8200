'use strict';

// SharePoint search's people index, as the "Local People Results" source (SourceId
// b09a7990-05ea-4af9-81ef-edfab16c4e31) answers from it: one entry per user profile, crawled from
// the profiles and so behind them (tenant/README.md "People index" cites every behaviour).
//
// The profiles (sharePointProfiles.js) stay the truth; /__tenant/organisation's expected counts
// come from them. The index differs from them in what the lag settings say, by default the worst
// plausible case:
//   staleShare        a share of people whose entry is their profile as it was before its last
//                     change (an older job title: the crawl has not seen the import yet)
//   notIndexedShare   a share of people with a profile but no entry yet (new profiles)
//   objectIdMissingShare  entries whose AADObjectID is empty (no captured answer shows it is
//                     always filled), so a client has to match by account name too
// People without a profile are never in the index.

const { roll } = require('./people');
const { guidFrom } = require('../profileBuilders');
const { MAX_ROW_LIMIT, MAX_START_ROW } = require('./peopleSearch');

const LAG_SALT = 9100;
// maxRowLimit / maxStartRow: search's published limits (500 rows a request, StartRow up to 50,000),
// smaller on request so a small organisation plays a large one's paging.
const DEFAULT_INDEX = { staleShare: 0.05, notIndexedShare: 0.01, objectIdMissingShare: 0.02, shortPages: true, maxRowLimit: MAX_ROW_LIMIT, maxStartRow: MAX_START_ROW };
const STALE_JOB_TITLES = ['Trainee', 'Junior Trainee'];

const share = (index, salt, fraction) => roll(index, LAG_SALT + salt) % 1000000 < Math.round(fraction * 1000000);

/** What the index holds for a person, or null when they are not in it. */
function indexEntryOf(person, settings) {
  if (!person.sharePoint) return null;
  if (share(person.index, 1, settings.notIndexedShare)) return null;
  const profile = person.sharePoint;
  const stale = share(person.index, 2, settings.staleShare);
  // Before the import that wrote today's title, the profile held another one (neither today's
  // Graph value nor today's profile value).
  const jobTitle = stale ? STALE_JOB_TITLES.find((t) => t !== person.graph.jobTitle && t !== profile.jobTitle) : profile.jobTitle;
  return {
    person,
    stale,
    // Increasing with the directory order, with gaps, as document ids are (they are never reused).
    docId: 17000 + person.index * 8 + (roll(person.index, LAG_SALT + 3) % 7),
    objectId: share(person.index, 4, settings.objectIdMissingShare) ? '' : person.graph.id,
    userProfileGuid: guidFrom(`org-upa:${person.index}`),
    values: { ...profile, jobTitle }
  };
}

/** The index of an organisation, made on first use and again when its people change. */
function createPeopleIndex(model) {
  const settings = { ...DEFAULT_INDEX };
  let madeFor = null;
  let entries = [];

  function current() {
    if (madeFor !== model.people) {
      madeFor = model.people;
      entries = [];
      for (const person of model.people) {
        const entry = indexEntryOf(person, settings);
        if (entry) entries.push(entry);
      }
    }
    return entries;
  }

  return {
    settings,
    /** Every entry in DocId order. */
    entries: current,
    set(change) {
      Object.assign(settings, change);
      madeFor = null;
    },
    reset() {
      Object.assign(settings, DEFAULT_INDEX);
      madeFor = null;
    }
  };
}

module.exports = { createPeopleIndex, indexEntryOf, DEFAULT_INDEX };
