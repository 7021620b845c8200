'use strict';

// POST _api/SP.UserProfiles.PeopleManager/SetMyProfilePicture: the body is the raw picture.
// Checked in SharePoint's order: security validation (form digest or bearer token), the
// admin's photo policy, then the picture (size before decoding, then format and pixels).
// On success SharePoint keeps its own renditions and the profile records a manual upload; the
// photo CDN keeps the previous photo for a while (photoCdn.js).

const { odataFlavour, odataContentType, nullResultJson } = require('./odata');
const { jsonReply } = require('./replies');
const { sharePointError } = require('./sharePointErrors');
const { profilePictureFormat, MAX_PROFILE_PICTURE_BYTES } = require('./profilePictureRules');
const { decodePicture } = require('./pictureDecoder');
const { sharePointPhotoFrom } = require('./photoLibrary');
const { nextPictureTimestamp } = require('./pictureTimestamp');
const { photoReplaced } = require('./photoCdn');

function hasBearerToken(headers) {
  return /^Bearer\s+\S+/i.test(String(headers.authorization || ''));
}

async function decodedOrNull(bytes) {
  try {
    return await decodePicture(bytes);
  } catch {
    return null;
  }
}

/** { refusal } with SharePoint's answer, or { decoded } when it accepts the picture. */
async function checkUpload(ctx) {
  const { persona, body } = ctx;
  const refuse = (name) => ({ refusal: sharePointError(ctx, name) });
  if (!hasBearerToken(ctx.headers) && !ctx.formDigests.isValid(persona.name, ctx.headers['x-requestdigest'])) {
    return refuse('securityValidation');
  }
  if (persona.behaviour.photoUpdatesBlocked) return refuse('accessDenied');
  if (body.length === 0) return refuse('parameterNotValid');
  if (body.length > MAX_PROFILE_PICTURE_BYTES) return refuse('pictureTooLarge');
  if (!profilePictureFormat(body)) return refuse('parameterNotValid');
  const decoded = await decodedOrNull(body);
  return decoded ? { decoded } : refuse('parameterNotValid');
}

async function setMyProfilePicture(ctx) {
  const { persona } = ctx;
  const { refusal, decoded } = await checkUpload(ctx);
  if (refusal) {
    persona.uploads.refused += 1;
    return refusal;
  }
  const photo = await sharePointPhotoFrom(ctx.body, decoded);
  photoReplaced(persona);
  persona.sharePointPhoto = photo;
  const profilePicture = persona.userProfile.picture;
  profilePicture.timestamp = nextPictureTimestamp(profilePicture.timestamp);
  profilePicture.placeholderState = '0';
  profilePicture.exchangeSyncState = '0'; // a manual upload, not an Exchange sync
  profilePicture.urlOverride = null;
  profilePicture.keysRecorded = true; // a profile without the SPS-Picture* keys gets them now
  persona.uploads.accepted += 1;

  const flavour = odataFlavour(ctx.headers.accept);
  const result = nullResultJson(flavour, {
    metadataUrl: `${ctx.urls.sharePoint}/_api/$metadata#Edm.Null`,
    verboseName: 'SetMyProfilePicture'
  });
  return jsonReply(200, result, odataContentType(flavour));
}

module.exports = { setMyProfilePicture, hasBearerToken };
