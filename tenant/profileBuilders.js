'use strict';

// Small builders that turn one set of facts about a person into what each side stores:
// Entra ID / Microsoft Graph's user and SharePoint's user profile (UPA) fields. The mapping
// follows docs/DOMAIN.md ("Property sync from Entra ID to the user profile").

const crypto = require('crypto');

const TENANT_DOMAIN = 'contoso.example'; // reserved for examples, never routable

function guidFrom(text) {
  const h = crypto.createHash('sha256').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** SharePoint's claims-encoded account name of a member user. */
function membershipClaim(userPrincipalName) {
  return `i:0#.f|membership|${userPrincipalName}`;
}

/** The facts about a person from which both sides are built; `alias` is the UPN's local part. */
function person(facts) {
  const userPrincipalName = `${facts.alias}@${TENANT_DOMAIN}`;
  return {
    displayName: `${facts.givenName} ${facts.surname}`,
    mail: userPrincipalName,
    businessPhone: '',
    mobilePhone: '',
    preferredLanguage: 'en-US',
    manager: null,
    ...facts,
    userPrincipalName
  };
}

/** Ids that stay the same across restarts, so tests and screenshots are stable. */
function identityOf(someone) {
  const digits = BigInt(`0x${crypto.createHash('sha256').update(someone.alias).digest('hex').slice(0, 12)}`)
    .toString()
    .padStart(16, '0')
    .slice(0, 16);
  return {
    objectId: guidFrom(`entra:${someone.alias}`),
    userProfileGuid: guidFrom(`upa:${someone.alias}`),
    sid: `i:0h.f|membership|${digits}@live.com`,
    userPrincipalName: someone.userPrincipalName
  };
}

/** Graph's user resource (GET /me) as Entra ID holds it. */
function entraUser(someone) {
  return {
    id: identityOf(someone).objectId,
    businessPhones: someone.businessPhone ? [someone.businessPhone] : [],
    displayName: someone.displayName,
    givenName: someone.givenName,
    jobTitle: someone.jobTitle || null,
    mail: someone.mail,
    mobilePhone: someone.mobilePhone || null,
    officeLocation: someone.officeLocation || null,
    preferredLanguage: someone.preferredLanguage,
    surname: someone.surname,
    userPrincipalName: someone.userPrincipalName,
    department: someone.department || null
  };
}

/** The user profile's own fields (GetMyProperties' key/values other than identity and picture). */
function userProfileFields(someone) {
  return {
    FirstName: someone.givenName,
    LastName: someone.surname,
    PreferredName: someone.displayName,
    WorkPhone: someone.businessPhone || '',
    Department: someone.department || '',
    Title: someone.jobTitle || '',
    'SPS-Department': someone.department || '',
    Manager: someone.manager ? membershipClaim(someone.manager.userPrincipalName) : '',
    'SPS-JobTitle': someone.jobTitle || '',
    WorkEmail: someone.mail,
    CellPhone: someone.mobilePhone || '',
    Office: someone.officeLocation || '',
    'SPS-MUILanguages': someone.preferredLanguage
  };
}

module.exports = { TENANT_DOMAIN, person, identityOf, entraUser, userProfileFields, membershipClaim, guidFrom };
