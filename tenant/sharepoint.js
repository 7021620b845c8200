'use strict';

// The persona's SharePoint site ({origin}/u/{persona}/sp): the REST calls the web part makes
// (GetMyProperties, contextinfo, SetMyProfilePicture), userphoto.aspx and its CDN copy.

const { findRoute } = require('./routes');
const { odataFlavour, odataContentType, entityJson } = require('./odata');
const { jsonReply } = require('./replies');
const { sharePointError, sharePointStatusReply } = require('./sharePointErrors');
const { personProperties, PERSON_PROPERTIES_COLLECTIONS } = require('./userProfile');
const { setMyProfilePicture } = require('./setMyProfilePicture');
const { userPhotoPage } = require('./userPhoto');
const { photoCdnCopy } = require('./photoCdn');
const { getPropertiesFor } = require('./organisation/getPropertiesFor');
const { sharePointBatch } = require('./sharePointBatch');
const { peopleSearch } = require('./organisation/peopleSearch');

const LIBRARY_VERSION = '16.0.25919.12007';

function contextInfo(ctx) {
  const flavour = odataFlavour(ctx.headers.accept);
  const site = ctx.urls.sharePoint;
  const info = {
    FormDigestTimeoutSeconds: ctx.formDigests.timeoutSeconds,
    FormDigestValue: ctx.formDigests.issue(ctx.persona.name),
    LibraryVersion: LIBRARY_VERSION,
    SiteFullUrl: site,
    SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
    WebFullUrl: site
  };
  const json = entityJson(flavour, info, {
    type: 'SP.ContextWebInformation',
    verboseName: 'GetContextWebInformation',
    metadataUrl: `${site}/_api/$metadata#SP.ContextWebInformation`,
    collections: { SupportedSchemaVersions: 'Edm.String' }
  });
  return jsonReply(200, json, odataContentType(flavour));
}

/** The $select'ed fields (case-insensitive, as SharePoint), or the unknown name. */
function selectFields(entity, select) {
  if (!select || select.trim() === '' || select.trim() === '*') return { fields: entity };
  const byLowerName = new Map(Object.keys(entity).map((k) => [k.toLowerCase(), k]));
  const fields = {};
  for (const requested of select.split(',').map((s) => s.trim().split('/')[0]).filter(Boolean)) {
    const key = byLowerName.get(requested.toLowerCase());
    if (!key) return { unknown: requested };
    fields[key] = entity[key];
  }
  return { fields };
}

function getMyProperties(ctx) {
  const flavour = odataFlavour(ctx.headers.accept);
  const select = ctx.query.get('$select');
  const { fields, unknown } = selectFields(personProperties(ctx.persona, ctx.urls), select);
  if (unknown) {
    return sharePointError(ctx, 'invalidQuery', {
      message: `The property '${unknown}' does not exist on type 'SP.UserProfiles.PersonProperties'. Make sure to only use property names that are defined by the type.`
    });
  }
  const api = `${ctx.urls.sharePoint}/_api`;
  const json = entityJson(flavour, fields, {
    type: 'SP.UserProfiles.PersonProperties',
    id: `${api}/SP.UserProfiles.PeopleManager/GetMyProperties`,
    editLink: 'SP.UserProfiles.PeopleManager/GetMyProperties',
    metadataUrl: `${api}/$metadata#SP.ApiData.PersonPropertiess/@Element${select ? `&$select=${select}` : ''}`,
    collections: PERSON_PROPERTIES_COLLECTIONS
  });
  return jsonReply(200, json, odataContentType(flavour));
}

const PEOPLE_MANAGER = '^/_api/SP\\.UserProfiles\\.PeopleManager';

const SHAREPOINT_ROUTES = [
  { method: 'POST', path: /^\/_api\/contextinfo$/i, handle: contextInfo },
  { method: 'GET', path: new RegExp(`${PEOPLE_MANAGER}/GetMyProperties(\\(\\))?$`, 'i'), handle: getMyProperties },
  { method: 'GET', path: new RegExp(`${PEOPLE_MANAGER}/GetPropertiesFor\\((?<args>.*)\\)$`, 'i'), handle: getPropertiesFor },
  { method: 'POST', path: /^\/_api\/search\/postquery$/i, handle: peopleSearch },
  { method: 'POST', path: /^\/_api\/\$batch$/i, handle: (ctx) => sharePointBatch(ctx, sharePointRoute) },
  { method: 'POST', path: new RegExp(`${PEOPLE_MANAGER}/SetMyProfilePicture(\\(\\))?$`, 'i'), handle: setMyProfilePicture },
  { method: 'GET', path: /^\/_layouts\/15\/userphoto\.aspx$/i, handle: userPhotoPage },
  { method: 'GET', path: /^\/_vti_bin\/afdcache\.ashx\/_userprofile\/userphoto\.jpg$/i, handle: photoCdnCopy }
];

/** One request through the site's routes (also each request inside a $batch). */
function sharePointRoute(ctx) {
  const route = findRoute(SHAREPOINT_ROUTES, ctx.method, ctx.path);
  if (route && route.handle) return route.handle({ ...ctx, params: route.params });
  if (route && route.wrongMethod) {
    return sharePointError(ctx, 'wrongMethod', {
      message: `The HTTP method '${ctx.method}' cannot be used to access the resource. Please use the correct HTTP method to invoke the resource.`
    });
  }
  return sharePointError(ctx, 'notFound', { message: `Cannot find resource for the request ${ctx.path.replace(/^\/_api\//i, '')}.` });
}

async function sharePoint(ctx) {
  const { behaviour } = ctx.persona;
  if (behaviour.sharePointStatus) return sharePointStatusReply(ctx, behaviour.sharePointStatus);
  return sharePointRoute(ctx);
}

module.exports = { sharePoint };
