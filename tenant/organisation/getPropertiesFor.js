'use strict';

// GET _api/SP.UserProfiles.PeopleManager/GetPropertiesFor(accountName=@v)?@v='i%3A0%23.f%7Cmembership%7C<upn>'
// (PnPjs v4's profiles.getPropertiesFor sends getpropertiesfor(@v)?@v='...'; the inline form
// accountName='<claim>' works too).
// The persona's own account answers its own profile; an organisation person answers theirs.
//
// An account SharePoint has no profile for (a new user before the import, a typo): SharePoint
// answers 200, not 404; CSOM sees a null server object (pnp/powershell PR 3891: ServerObjectIsNull
// "when UPS doesn't find an account"). REST answers either a PersonProperties with nothing but empty
// collections (behaviour missingProfileAnswer "empty", the default: the worse case, it looks like a
// profile) or the null result {"odata.null":true} ("null").

const { odataFlavour, odataContentType, entityJson, nullResultJson } = require('../odata');
const { jsonReply } = require('../replies');
const { sharePointError } = require('../sharePointErrors');
const { personProperties, PERSON_PROPERTIES_COLLECTIONS } = require('../userProfile');
const { isOwnAccount } = require('../userPhotoQuery');
const { profileOwner } = require('./sharePointProfiles');
const { takeSharePoint } = require('./throttle');

/** The account name the call names, or null when the argument cannot be read. */
function accountNameOf(ctx) {
  // PnPjs v4 writes the alias alone, getpropertiesfor(@v); docs write accountName=@v.
  const args = /^(?:accountName=)?(.+)$/i.exec(String(ctx.params.args || '').trim());
  if (!args) return null;
  let raw = args[1].trim();
  if (raw.startsWith('@')) {
    const alias = [...ctx.query.keys()].find((k) => k.toLowerCase() === raw.toLowerCase());
    raw = alias ? ctx.query.get(alias) : null;
  }
  const quoted = raw && /^'(.*)'$/s.exec(raw.trim());
  return quoted ? quoted[1].replace(/''/g, "'") : null;
}

const EMPTY_PERSON = { DirectReports: [], ExtendedManagers: [], ExtendedReports: [], IsFollowed: false, LatestPost: null, Peers: [], UserProfileProperties: [] };

function getPropertiesFor(ctx) {
  const flavour = odataFlavour(ctx.headers.accept);
  const accountName = accountNameOf(ctx);
  if (accountName === null) {
    return sharePointError(ctx, 'invalidQuery', { message: "The expression \"accountName\" is not valid: pass accountName='<account>' or accountName=@v with ?@v='<account>'." });
  }
  if (!ctx.inBatch) {
    const { model, traffic } = ctx.organisation;
    const taken = takeSharePoint(traffic, model.throttle, 1);
    if (taken.throttled) return sharePointError(ctx, 'throttled', { headers: { 'Retry-After': String(Math.max(1, Math.ceil(taken.retryAfterSeconds))) } });
  }
  const api = `${ctx.urls.sharePoint}/_api`;
  const descriptor = {
    type: 'SP.UserProfiles.PersonProperties',
    id: `${api}/SP.UserProfiles.PeopleManager/GetPropertiesFor(accountName=@v)`,
    editLink: 'SP.UserProfiles.PeopleManager/GetPropertiesFor(accountName=@v)',
    metadataUrl: `${api}/$metadata#SP.ApiData.PersonPropertiess/@Element`,
    collections: PERSON_PROPERTIES_COLLECTIONS
  };
  let owner = null;
  if (isOwnAccount(ctx.persona, accountName)) owner = ctx.persona;
  else {
    const person = ctx.organisation.model.byAccountName(accountName);
    if (person && person.sharePoint) owner = profileOwner(person);
  }
  if (owner) return jsonReply(200, entityJson(flavour, personProperties(owner, ctx.urls), descriptor), odataContentType(flavour));
  if (ctx.persona.behaviour.missingProfileAnswer === 'null') {
    return jsonReply(200, nullResultJson(flavour, { metadataUrl: `${api}/$metadata#Edm.Null`, verboseName: 'GetPropertiesFor' }), odataContentType(flavour));
  }
  return jsonReply(200, entityJson(flavour, EMPTY_PERSON, descriptor), odataContentType(flavour));
}

module.exports = { getPropertiesFor, accountNameOf };
