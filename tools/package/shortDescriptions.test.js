'use strict';
const fs = require('fs');
const path = require('path');
const { TEAMS_SHORT_DESCRIPTION_MAX, overLongDescriptions } = require('./shortDescriptions');

const exactly = (length) => 'x'.repeat(length);

describe('overLongDescriptions', () => {
  it('accepts descriptions of up to 80 characters in every language', () => {
    expect(overLongDescriptions('the web part description', { default: exactly(80), 'nb-NO': exactly(12) })).toEqual([]);
  });

  it('names the language and the length of each description over 80 characters', () => {
    const problems = overLongDescriptions('the web part description', { default: exactly(80), 'nb-NO': exactly(113) });

    expect(problems).toEqual([
      'the web part description in "nb-NO" is 113 characters; Teams takes at most 80 as the app\'s short description ("Sync to Teams" fails above it)'
    ]);
  });

  it('counts letters such as ø and å as one character each, as Teams does', () => {
    expect(overLongDescriptions('the web part description', { 'nb-NO': 'ø'.repeat(80) })).toEqual([]);
    expect(overLongDescriptions('the web part description', { 'nb-NO': 'å'.repeat(81) })[0]).toMatch(/"nb-NO" is 81 characters/);
  });

  it('reports a missing description or one that is not text instead of passing it', () => {
    expect(overLongDescriptions('the web part description', undefined)).toEqual(['the web part description is missing']);
    expect(overLongDescriptions('the web part description', { default: 42 })[0]).toMatch(/"default" is not text/);
  });
});

describe("the web part's own manifest", () => {
  it('fits Teams in every language it is written in', () => {
    const file = path.join(__dirname, '..', '..', 'src', 'webparts', 'profileSync', 'ProfileSyncWebPart.manifest.json');
    // The manifest has comments: strip whole-line and trailing // comments outside strings.
    const json = fs.readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '').replace(/,\s*\/\/[^\n"]*$/gm, ',');
    const manifest = JSON.parse(json);

    expect(overLongDescriptions('the web part description', manifest.preconfiguredEntries[0].description)).toEqual([]);
    expect(TEAMS_SHORT_DESCRIPTION_MAX).toBe(80);
  });
});
