'use strict';

// The organisation's SharePoint user profiles, as GetPropertiesFor returns them: the same
// SP.UserProfiles.PersonProperties the personas get (userProfile.js), with the fields the directory
// import wrote from people.js's copy. Like real bodies (PnP Core SDK's recorded GetPropertiesFor
// responses; CLI for Microsoft 365 "spo userprofile get" tests): every Value a string ("False",
// "63775083296"), msOnline-ObjectId the Graph id, top-level PictureUrl the PictureURL plus
// ?t=<SPS-PictureTimestamp> (on a host with an explicit port, as SharePoint's ":443").

const { guidFrom } = require('../profileBuilders');
const { pictureTimestampAt } = require('../pictureTimestamp');

const PHOTO_SET_FROM = Date.UTC(2023, 0, 9, 8, 0, 0);

function userProfileFieldsOf(person) {
  const copy = person.sharePoint;
  return {
    FirstName: copy.givenName,
    LastName: copy.surname,
    PreferredName: copy.displayName,
    WorkPhone: copy.businessPhone,
    Department: copy.department,
    Title: copy.jobTitle,
    'SPS-Department': copy.department,
    Manager: '',
    'SPS-JobTitle': copy.jobTitle,
    WorkEmail: copy.mail,
    CellPhone: copy.mobilePhone,
    Office: copy.officeLocation,
    'SPS-MUILanguages': person.graph.preferredLanguage
  };
}

/** The person in the shape userProfile.js's personProperties reads a persona in. */
function profileOwner(person) {
  const hasPhoto = Boolean(person.sharePoint.photo);
  const upn = person.graph.userPrincipalName;
  return {
    identity: {
      objectId: person.graph.id,
      userProfileGuid: guidFrom(`org-upa:${person.index}`),
      sid: `i:0h.f|membership|${String(1000300000000000 + person.index)}@live.com`,
      userPrincipalName: upn
    },
    // Only the truthiness is read: the profile records a picture.
    sharePointPhoto: hasPhoto ? {} : null,
    userProfile: {
      fields: userProfileFieldsOf(person),
      picture: {
        timestamp: hasPhoto ? pictureTimestampAt(PHOTO_SET_FROM + person.index * 3600 * 1000) : '',
        placeholderState: hasPhoto ? '0' : '1',
        exchangeSyncState: hasPhoto ? '1' : '0',
        urlOverride: null,
        keysRecorded: false
      },
      shape: { topLevelPictureUrl: 'withTimestamp' }
    }
  };
}

module.exports = { profileOwner, userProfileFieldsOf };
