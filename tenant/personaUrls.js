'use strict';

// The persona is in the path, so one server plays many users at once (docs in tenant/README.md):
// {origin}/u/{persona}/sp is the SharePoint site, /my the My Site host, /graph Microsoft Graph.

function personaUrls(origin, name) {
  const root = `${origin}/u/${encodeURIComponent(name)}`;
  return { sharePoint: `${root}/sp`, mySite: `${root}/my`, graph: `${root}/graph` };
}

/** The stem SharePoint gives a user's personal site (/personal/<stem>/): the account with symbols as "_". */
function personalSiteStem(userPrincipalName) {
  return userPrincipalName.toLowerCase().replace(/[^a-z0-9]/g, '_');
}

/**
 * Where the My Site host keeps a user's rendition (the value PictureURL points at). SharePoint
 * Online names the files after the user's Entra object id: <guid>_MThumb.jpg (DOMAIN.md).
 */
function renditionUrl(mySiteUrl, identity, suffix) {
  return `${mySiteUrl}/User%20Photos/Profile%20Pictures/${identity.objectId}${suffix}`;
}

module.exports = { personaUrls, personalSiteStem, renditionUrl };
