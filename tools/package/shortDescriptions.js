'use strict';
// "Sync to Teams" builds the Teams app from the web part: its short and long descriptions are the
// web part's preconfiguredEntries[0].description (learn.microsoft.com/sharepoint/dev/spfx/
// deployment-spfx-teams-solutions), and Teams takes at most 80 characters as a short description
// (learn.microsoft.com/microsoft-365/extensibility/schema/root-description). Above that the sync
// fails with a bare 400, so the package check names the language and the length instead.

const TEAMS_SHORT_DESCRIPTION_MAX = 80;

/** Characters as Teams counts them (code points, so "ø" is one). */
function lengthOf(text) {
  return Array.from(text).length;
}

/**
 * The problems with a localized description ({ default: "...", "nb-NO": "..." }), one per language
 * over the limit; `what` names where it comes from.
 */
function overLongDescriptions(what, descriptions, max = TEAMS_SHORT_DESCRIPTION_MAX) {
  if (!descriptions || typeof descriptions !== 'object') return [`${what} is missing`];
  return Object.keys(descriptions)
    .filter((language) => typeof descriptions[language] !== 'string' || lengthOf(descriptions[language]) > max)
    .map((language) => {
      const text = descriptions[language];
      const length = typeof text === 'string' ? `${lengthOf(text)} characters` : 'not text';
      return `${what} in "${language}" is ${length}; Teams takes at most ${max} as the app's short description ("Sync to Teams" fails above it)`;
    });
}

module.exports = { TEAMS_SHORT_DESCRIPTION_MAX, overLongDescriptions, lengthOf };
