'use strict';

// What a photo-presence scan of the organisation must find, counted from the model (not from the
// endpoints), with the contract's rules: a person counts once per finding code; "in-sync" counts
// people with no warning (info findings such as property-not-synced or photo-unverified are no
// warning); people whose SharePoint profile does not exist yet are unread and in neither.

const { differingFields } = require('./sameValue');

/** The finding codes a scan gives this person, or null when their SharePoint profile cannot be read. */
function findingsOf(person) {
  if (!person.sharePoint) return null;
  const codes = new Set();
  if (person.graphPhoto === 'unavailable') codes.add('photo-unverified');
  else if (person.graphPhoto === 'photo' && !person.sharePoint.photo) codes.add('photo-missing-in-sharepoint');
  else if (person.graphPhoto === 'none' && person.sharePoint.photo) codes.add('photo-missing-in-microsoft365');
  for (const { synced } of differingFields(person.graph, person.sharePoint)) codes.add(synced ? 'property-differs' : 'property-not-synced');
  return codes;
}

const WARNINGS = ['photo-missing-in-sharepoint', 'photo-missing-in-microsoft365', 'property-differs'];

/** { "<code>": people, ..., "in-sync": people } over the people given. */
function expectedCounts(people) {
  const counts = {
    'photo-missing-in-sharepoint': 0,
    'photo-missing-in-microsoft365': 0,
    'photo-unverified': 0,
    'property-differs': 0,
    'property-not-synced': 0,
    'in-sync': 0
  };
  for (const person of people) {
    const codes = findingsOf(person);
    if (!codes) continue;
    for (const code of codes) counts[code] += 1;
    if (!WARNINGS.some((code) => codes.has(code))) counts['in-sync'] += 1;
  }
  return counts;
}

module.exports = { expectedCounts, findingsOf };
