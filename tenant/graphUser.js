'use strict';

// GET /me and /me/manager. Graph returns a fixed default set of user properties; others, like
// department, only when $select names them (DOMAIN.md); a name that is no user property is a 400.

const { jsonReply } = require('./replies');
const { graphError } = require('./graphErrors');

const GRAPH_JSON = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

const DEFAULT_USER_PROPERTIES = [
  'businessPhones', 'displayName', 'givenName', 'id', 'jobTitle', 'mail', 'mobilePhone', 'officeLocation',
  'preferredLanguage', 'surname', 'userPrincipalName'
];

// Other microsoft.graph.user properties a caller may $select; those the fake does not hold are null.
const OTHER_USER_PROPERTIES = [
  'aboutMe', 'accountEnabled', 'ageGroup', 'birthday', 'city', 'companyName', 'country', 'createdDateTime',
  'department', 'employeeId', 'employeeType', 'faxNumber', 'hireDate', 'interests', 'mailNickname', 'mySite',
  'onPremisesSyncEnabled', 'otherMails', 'pastProjects', 'postalCode', 'preferredName', 'proxyAddresses',
  'responsibilities', 'schools', 'skills', 'state', 'streetAddress', 'usageLocation', 'userType'
];

const KNOWN = new Map([...DEFAULT_USER_PROPERTIES, ...OTHER_USER_PROPERTIES].map((p) => [p.toLowerCase(), p]));

/** { properties } to return, or { unknown } naming a property Graph does not have. */
function selectedProperties(select) {
  if (!select) return { properties: DEFAULT_USER_PROPERTIES };
  const properties = [];
  for (const name of select.split(',').map((s) => s.trim()).filter(Boolean)) {
    const known = KNOWN.get(name.toLowerCase());
    if (!known) return { unknown: name };
    if (!properties.includes(known)) properties.push(known);
  }
  return { properties };
}

function userJson(ctx, user, contextPath, extra = {}) {
  const select = ctx.query.get('$select');
  const { properties, unknown } = selectedProperties(select);
  if (unknown) {
    return graphError(ctx, 'badRequest', { message: `Could not find a property named '${unknown}' on type 'microsoft.graph.user'.` });
  }
  const context = select ? contextPath.replace('/$entity', `(${properties.join(',')})/$entity`) : contextPath;
  const json = { '@odata.context': `${ctx.urls.graph}/v1.0/$metadata#${context}`, ...extra };
  for (const property of properties) json[property] = user[property] === undefined ? null : user[property];
  return jsonReply(200, json, GRAPH_JSON);
}

function me(ctx) {
  return userJson(ctx, ctx.persona.entraUser, 'users/$entity');
}

function myManager(ctx) {
  const { manager } = ctx.persona;
  if (!manager) return graphError(ctx, 'managerNotFound');
  return userJson(ctx, manager, 'directoryObjects/$entity', { '@odata.type': '#microsoft.graph.user' });
}

module.exports = { me, myManager, selectedProperties, GRAPH_JSON, DEFAULT_USER_PROPERTIES };
