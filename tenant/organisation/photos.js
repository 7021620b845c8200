'use strict';

// Photos of the organisation's people, drawn only when someone opens one person (the scan reads
// photo metadata only). Each person gets a portrait from their index; SharePoint's copy is made from
// the very same bytes when in sync ('same'), and from a different portrait when it is an older one
// ('other'). photoLibrary keeps what it drew for the life of the process.

const { portraitPhoto, photoFor, sharePointPhotoFrom } = require('../photoLibrary');
const { photoVersion, roll } = require('./people');

const BACKGROUNDS = [['#1f4e79', '#5b9bd5'], ['#3e2723', '#a1887f'], ['#1b5e20', '#dcedc8'], ['#4a148c', '#ce93d8'], ['#006064', '#80deea'], ['#bf360c', '#ffccbc']];
const SKINS = ['#f1c9a5', '#d8a27a', '#8d5524', '#6d4c41', '#eac4a4', '#c68642'];
const HAIRS = ['#1b1b1b', '#3b2414', '#e3c16f', '#a0522d', '#9e9e9e', '#6a1b9a'];
const STYLES = ['short', 'long', 'buzz', 'bun', 'sidePart', 'curly', 'bob'];
const SHIRTS = ['#c2185b', '#0277bd', '#2f6f4e', '#37474f', '#f9a825', '#5d4037'];
const BACKDROPS = ['plain', 'window', 'dots', 'diagonal', 'rings'];

function lookOf(index, salt) {
  const at = (list, k) => list[roll(index, salt + k) % list.length];
  return {
    background: at(BACKGROUNDS, 0), skin: at(SKINS, 1), hair: at(HAIRS, 2), hairStyle: at(STYLES, 3), shirt: at(SHIRTS, 4),
    backdrop: at(BACKDROPS, 5), glasses: roll(index, salt + 6) % 3 === 0,
    head: { x: 0.42 + (roll(index, salt + 7) % 16) / 100, y: 0.4 + (roll(index, salt + 8) % 6) / 100, scale: 0.9 + (roll(index, salt + 9) % 20) / 100 }
  };
}

/** The person's Microsoft 365 photo (648x648 JPEG), with the etag the scan already saw. */
async function microsoft365PhotoOf(person) {
  const photo = await photoFor(portraitPhoto(lookOf(person.index, 500)));
  return { ...photo, etag: photoVersion(person) };
}

/** SharePoint's photo of the person (original and S/M/L renditions), or null for the placeholder. */
async function sharePointPhotoOf(person) {
  if (!person.sharePoint || !person.sharePoint.photo) return null;
  const source = person.sharePoint.photo === 'same' && person.graphPhoto === 'photo'
    ? await microsoft365PhotoOf(person)
    : await photoFor(portraitPhoto(lookOf(person.index, 900)));
  return sharePointPhotoFrom(source.bytes);
}

module.exports = { microsoft365PhotoOf, sharePointPhotoOf };

/**
 * For userphoto.aspx and its CDN copy: { photo } (null: the placeholder) of the organisation person
 * an account name names, or undefined when SharePoint has no profile for it.
 */
async function sharePointPhotoForAccount(organisation, accountName) {
  const person = organisation.model.byAccountName(accountName);
  if (!person || !person.sharePoint) return undefined;
  return { photo: await sharePointPhotoOf(person) };
}

module.exports.sharePointPhotoForAccount = sharePointPhotoForAccount;
