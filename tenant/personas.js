'use strict';

// The personas of the fake tenant: one person each, with what Microsoft 365 (Entra ID, Exchange)
// and SharePoint (the user profile, "User Photos") hold about them. Each shows one situation
// the web part must diagnose; their names are part of the harness and browser tests' contract.

const { person, identityOf, entraUser, userProfileFields } = require('./profileBuilders');
const { portraitPhoto, notAnImagePhoto, pastUploadLimitPhoto, graphPlaceholderPhoto } = require('./photoLibrary');
const { pictureTimestampAt } = require('./pictureTimestamp');

// --- SharePoint photo states -------------------------------------------------------------

/** SharePoint's copy was pulled from Exchange: renditions made from the Microsoft 365 photo. */
const syncedFromMicrosoft365 = (takenAt) => ({
  photo: 'microsoft365',
  timestamp: pictureTimestampAt(takenAt),
  placeholderState: '0',
  exchangeSyncState: '1'
});

/** SharePoint holds a picture of its own (an older upload or sync), not the Microsoft 365 one. */
const ownPortrait = (look, takenAt) => ({
  photo: portraitPhoto(look),
  timestamp: pictureTimestampAt(takenAt),
  placeholderState: '0',
  exchangeSyncState: '1'
});

/** No picture: SharePoint shows the grey placeholder. */
const placeholder = () => ({ photo: null, timestamp: '', placeholderState: '1', exchangeSyncState: '0' });

// --- The persona builder -----------------------------------------------------------------

/**
 * A persona: `someone` is who they are on both sides; `microsoft365Facts` / `sharePointFacts`
 * say where one side differs (drift or harmless formatting).
 */
function persona(name, description, someone, options = {}) {
  return {
    name,
    description,
    identity: identityOf(someone),
    entraUser: entraUser({ ...someone, ...options.microsoft365Facts }),
    manager: someone.manager ? entraUser(someone.manager) : null,
    userProfileFields: userProfileFields({ ...someone, ...options.sharePointFacts }),
    microsoft365Photo: options.microsoft365Photo === undefined ? portraitPhoto(someone.look) : options.microsoft365Photo,
    sharePointPicture: options.sharePointPicture || syncedFromMicrosoft365('2025-03-14T09:12:00Z'),
    pictureUrlOverride: options.pictureUrlOverride || null,
    profileShape: options.profileShape || {},
    behaviour: options.behaviour || {},
    // Made for the organisation view: left out of the "My profile" picker's list (testApi.js).
    organisationOnly: options.organisationOnly === true
  };
}

// --- People (fictional; phone numbers in the 555-01xx range reserved for fiction) ---------

const nadia = person({
  givenName: 'Nadia', surname: 'Okonkwo', alias: 'nadia.okonkwo', jobTitle: 'Director of Marketing',
  department: 'Marketing', officeLocation: 'Building 4 / 2.01', businessPhone: '+1 425 555 0100'
});
const tomas = person({
  givenName: 'Tomás', surname: 'Herrera', alias: 'tomas.herrera', jobTitle: 'VP Operations',
  department: 'Operations', officeLocation: 'Building 1 / 5.10', businessPhone: '+1 425 555 0101'
});

const ingrid = person({
  givenName: 'Ingrid', surname: 'Solberg', alias: 'ingrid.solberg', jobTitle: 'Marketing Manager',
  department: 'Marketing', officeLocation: 'Building 4 / 2.14', businessPhone: '+1 425 555 0142',
  mobilePhone: '+1 425 555 0143', preferredLanguage: 'nb-NO', manager: nadia,
  look: { background: ['#1f4e79', '#5b9bd5'], backdrop: 'window', skin: '#f1c9a5', hair: '#e3c16f',
    hairStyle: 'long', shirt: '#c2185b', head: { x: 0.44, y: 0.42, scale: 1 } }
});
const daniel = person({
  givenName: 'Daniel', surname: 'Mensah', alias: 'daniel.mensah', jobTitle: 'Account Executive',
  department: 'Sales', officeLocation: 'Building 3 / 1.22', businessPhone: '+1 425 555 0144',
  mobilePhone: '+1 425 555 0145', manager: nadia,
  look: { background: ['#3e2723', '#a1887f'], skin: '#6d4c41', hair: '#1b1b1b', hairStyle: 'buzz',
    shirt: '#0277bd', beard: true, head: { x: 0.55, y: 0.4, scale: 1.08 } }
});
const priya = person({
  givenName: 'Priya', surname: 'Raman', alias: 'priya.raman', jobTitle: 'Product Designer',
  department: 'Design', officeLocation: 'Building 2 / 3.08', businessPhone: '+1 425 555 0146',
  mobilePhone: '+1 425 555 0147', manager: tomas,
  look: { background: ['#004d40', '#80cbc4'], backdrop: 'diagonal', skin: '#b07850', hair: '#121212',
    hairStyle: 'bun', shirt: '#f9a825', glasses: true, head: { x: 0.5, y: 0.44, scale: 0.95 } }
});
const priyaIn2019 = { background: ['#4a148c', '#ce93d8'], backdrop: 'dots', skin: '#b07850', hair: '#121212',
  hairStyle: 'long', shirt: '#37474f', head: { x: 0.38, y: 0.4, scale: 1.15 } };
const lukas = person({
  givenName: 'Lukas', surname: 'Becker', alias: 'lukas.becker', jobTitle: 'Warehouse Coordinator',
  department: 'Logistics', officeLocation: 'Distribution Centre', businessPhone: '+1 425 555 0148'
});
const sofia = person({
  givenName: 'Sofia', surname: 'Márquez', alias: 'sofia.marquez', jobTitle: 'Legal Counsel',
  department: 'Legal', officeLocation: 'Building 1 / 4.02', businessPhone: '+1 425 555 0150',
  mobilePhone: '+1 425 555 0151', manager: tomas,
  look: { background: ['#bf360c', '#ffcc80'], backdrop: 'rings', skin: '#d7a07c', hair: '#5d4037',
    hairStyle: 'bob', shirt: '#1a237e', head: { x: 0.56, y: 0.43, scale: 1 } }
});
const kenji = person({
  givenName: 'Kenji', surname: 'Watanabe', alias: 'kenji.watanabe', jobTitle: 'Senior Data Engineer',
  department: 'Data Platform', officeLocation: 'Building 7 / 3.20', businessPhone: '+1 425 555 0171',
  mobilePhone: '+1 425 555 0153', manager: tomas,
  look: { background: ['#263238', '#90a4ae'], skin: '#e0b48c', hair: '#0d0d0d', hairStyle: 'sidePart',
    shirt: '#558b2f', glasses: true, head: { x: 0.5, y: 0.4, scale: 1.12 } }
});
const emma = person({
  givenName: 'Emma', surname: 'Lindqvist', alias: 'emma.lindqvist', jobTitle: 'Customer Success Lead',
  department: 'Customer Success', officeLocation: 'Building 3 / 2.40', businessPhone: '+1 425 555 0154',
  mobilePhone: '+1 425 555 0188', manager: nadia,
  look: { background: ['#01579b', '#b3e5fc'], backdrop: 'dots', skin: '#f5d0b5', hair: '#b5651d',
    hairStyle: 'curly', shirt: '#6a1b9a', head: { x: 0.45, y: 0.45, scale: 0.92 } }
});
const omar = person({
  givenName: 'Omar', surname: 'Haddad', alias: 'omar.haddad', jobTitle: 'IT Support Specialist',
  department: 'IT', officeLocation: 'Building 1 / 0.12', businessPhone: '+1 425 555 0156',
  mobilePhone: '+1 425 555 0157', manager: tomas,
  look: { background: ['#33691e', '#c5e1a5'], backdrop: 'window', skin: '#a9745a', hair: '#2b2b2b',
    shirt: '#424242', beard: true, head: { x: 0.58, y: 0.42, scale: 1 } }
});
const chloe = person({
  givenName: 'Chloé', surname: 'Dubois', alias: 'chloe.dubois', jobTitle: 'HR Business Partner',
  department: 'Human Resources', officeLocation: 'Building 2 / 1.16', businessPhone: '+1 425 555 0158',
  mobilePhone: '+1 425 555 0159', preferredLanguage: 'fr-FR', manager: tomas,
  look: { background: ['#880e4f', '#f8bbd0'], backdrop: 'diagonal', skin: '#f0c8a8', hair: '#2e1a0f',
    hairStyle: 'bob', shirt: '#00695c', head: { x: 0.5, y: 0.38, scale: 1.05 } }
});
const mateo = person({
  givenName: 'Mateo', surname: 'Rossi', alias: 'mateo.rossi', jobTitle: 'Financial Analyst',
  department: 'Finance', officeLocation: 'Building 1 / 3.30', businessPhone: '+1 425 555 0160',
  mobilePhone: '+1 425 555 0161', manager: tomas,
  look: { background: ['#e65100', '#ffe0b2'], skin: '#c68e6a', hair: '#3e2723', hairStyle: 'curly',
    shirt: '#283593', head: { x: 0.42, y: 0.43, scale: 1.1 } }
});
const hannah = person({
  givenName: 'Hannah', surname: 'Schmidt', alias: 'hannah.schmidt', jobTitle: 'Research Scientist',
  department: 'Research', officeLocation: 'Lab Building / 0.04', businessPhone: '+1 425 555 0162',
  mobilePhone: '+1 425 555 0163', preferredLanguage: 'de-DE', manager: tomas,
  look: { background: ['#37474f', '#cfd8dc'], backdrop: 'rings', skin: '#f3d3bd', hair: '#c9a15b',
    hairStyle: 'bun', shirt: '#ad1457', glasses: true, head: { x: 0.52, y: 0.41, scale: 0.98 } }
});
const aiden = person({
  givenName: 'Aiden', surname: 'Murphy', alias: 'aiden.murphy', jobTitle: 'Video Producer',
  department: 'Communications', officeLocation: 'Studio B', businessPhone: '+1 425 555 0164',
  mobilePhone: '+1 425 555 0165', manager: nadia,
  look: { background: ['#1b5e20', '#a5d6a7'], backdrop: 'dots', skin: '#f2c6a0', hair: '#8d2f0f',
    hairStyle: 'sidePart', shirt: '#4e342e', beard: true, head: { x: 0.47, y: 0.44, scale: 1.02 } }
});

const yusuf = person({
  givenName: 'Yusuf', surname: 'Demir', alias: 'yusuf.demir', jobTitle: 'Brand Designer',
  department: 'Marketing', officeLocation: 'Building 4 / 2.20', businessPhone: '+1 425 555 0172',
  mobilePhone: '+1 425 555 0173', manager: nadia,
  look: { background: ['#4e342e', '#d7ccc8'], backdrop: 'rings', skin: '#c8956d', hair: '#1a1a1a',
    hairStyle: 'sidePart', shirt: '#00838f', beard: true, head: { x: 0.5, y: 0.42, scale: 1.04 } }
});
const yusufIn2020 = { background: ['#263238', '#b0bec5'], backdrop: 'plain', skin: '#c8956d', hair: '#1a1a1a',
  hairStyle: 'buzz', shirt: '#6d4c41', head: { x: 0.4, y: 0.45, scale: 0.9 } };
const astrid = person({
  givenName: 'Astrid', surname: 'Nilsen', alias: 'astrid.nilsen', jobTitle: 'Payroll Specialist',
  department: 'Finance', officeLocation: 'Building 1 / 3.12', businessPhone: '+1 425 555 0174',
  mobilePhone: '+1 425 555 0175', preferredLanguage: 'nb-NO', manager: tomas,
  look: { background: ['#0d47a1', '#90caf9'], backdrop: 'diagonal', skin: '#f4d5c0', hair: '#d8b45a',
    hairStyle: 'bob', shirt: '#2e7d32', glasses: true, head: { x: 0.47, y: 0.4, scale: 1 } }
});
const ravi = person({
  givenName: 'Ravi', surname: 'Kapoor', alias: 'ravi.kapoor', jobTitle: 'Field Technician',
  department: 'Operations', officeLocation: 'Depot 2', businessPhone: '+1 425 555 0176', manager: tomas
});
const grace = person({
  givenName: 'Grace', surname: 'Mwangi', alias: 'grace.mwangi', jobTitle: 'Procurement Officer',
  department: 'Procurement', officeLocation: 'Building 5 / 1.03', businessPhone: '+1 425 555 0178',
  mobilePhone: '+1 425 555 0179', manager: tomas,
  look: { background: ['#311b92', '#b39ddb'], backdrop: 'window', skin: '#7b4a32', hair: '#111111',
    hairStyle: 'curly', shirt: '#ef6c00', head: { x: 0.53, y: 0.43, scale: 0.97 } }
});
const felix = person({
  givenName: 'Felix', surname: 'Wagner', alias: 'felix.wagner', jobTitle: 'Solutions Architect',
  department: 'IT', officeLocation: 'Building 7 / 1.30', businessPhone: '+1 425 555 0180',
  mobilePhone: '+1 425 555 0181', preferredLanguage: 'de-DE', manager: tomas,
  look: { background: ['#1b5e20', '#dcedc8'], backdrop: 'dots', skin: '#eac4a4', hair: '#6d4c41',
    hairStyle: 'sidePart', shirt: '#37474f', glasses: true, head: { x: 0.48, y: 0.44, scale: 1.06 } }
});

const siri = person({
  givenName: 'Siri', surname: 'Aasen', alias: 'siri.aasen', jobTitle: 'IT Administrator',
  department: 'IT', officeLocation: 'Building 2 / 3.08', businessPhone: '+1 425 555 0172', manager: tomas,
  look: { background: ['#004d40', '#a7ffeb'], backdrop: 'rings', skin: '#f0c8a0', hair: '#b5651d', hairStyle: 'bob',
    shirt: '#283593', head: { x: 0.47, y: 0.41, scale: 1.02 } }
});

// Script and markup in every free-text field; the UPN and mail stay valid addresses because
// Entra ID refuses anything else there, and they are identity, not display text.
const HOSTILE = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(1)>',
  svg: '"><svg onload=alert(1)>'
};
const mallory = person({
  givenName: `Mallory${HOSTILE.script}`, surname: `Tester${HOSTILE.img}`, alias: 'mallory.tester',
  displayName: `Mallory ${HOSTILE.svg} Tester ${HOSTILE.script}`,
  jobTitle: `Security Tester ${HOSTILE.script}`, department: `Red Team ${HOSTILE.img}`,
  officeLocation: `Room ${HOSTILE.svg}`, businessPhone: `+1 425 555 0166 ${HOSTILE.img}`,
  mobilePhone: `+1 425 555 0167 ${HOSTILE.svg}`, preferredLanguage: `en-US${HOSTILE.svg}`, manager: nadia,
  look: { background: ['#000000', '#b71c1c'], backdrop: 'diagonal', skin: '#d9a066', hair: '#6a1b9a',
    shirt: '#212121', glasses: true, head: { x: 0.6, y: 0.46, scale: 0.85 } }
});

// --- The personas ------------------------------------------------------------------------

const PERSONAS = [
  persona('in-sync', 'Photo and profile match; only harmless formatting differs (e-mail case, phone spacing, extra spaces).', ingrid, {
    sharePointFacts: { mail: 'Ingrid.Solberg@Contoso.Example', businessPhone: '+1 4255550142', displayName: 'Ingrid  Solberg ' }
  }),
  persona('photo-not-in-sharepoint', 'Microsoft 365 has a photo but SharePoint still shows the grey placeholder.', daniel, {
    sharePointPicture: { ...placeholder(), exchangeSyncState: '1' }
  }),
  persona('old-photo-in-sharepoint', 'SharePoint shows an older, different photo than Microsoft 365.', priya, {
    sharePointPicture: ownPortrait(priyaIn2019, '2019-06-03T08:30:00Z')
  }),
  persona('no-photo-anywhere', 'Nobody has set a photo, neither in Microsoft 365 nor in SharePoint.', lukas, {
    microsoft365Photo: null,
    sharePointPicture: placeholder()
  }),
  persona('photo-removed-from-microsoft365', 'The photo was removed from Microsoft 365 but SharePoint still shows it.', sofia, {
    microsoft365Photo: null,
    sharePointPicture: ownPortrait(sofia.look, '2024-01-22T14:05:00Z')
  }),
  persona('property-drift', 'Same photo, but job title, department, office and work phone differ in SharePoint.', kenji, {
    sharePointFacts: { jobTitle: 'Data Engineer', department: 'Business Intelligence',
      officeLocation: 'Building 2 / 1.05', businessPhone: '+1 425 555 0117' }
  }),
  persona('mobile-only-differs', 'Only the mobile phone differs, which Microsoft 365 does not sync to SharePoint.', emma, {
    sharePointFacts: { mobilePhone: '+1 425 555 0120' }
  }),
  persona('graph-permission-missing', 'Microsoft Graph refuses every request: the User.Read permission was never approved.', omar, {
    behaviour: { graphStatus: 403 }
  }),
  persona('graph-throttled', 'Microsoft Graph throttles the first two requests (429, Retry-After: 1), then answers.', chloe, {
    behaviour: { graphThrottleCount: 2 }
  }),
  persona('sharepoint-unavailable', 'SharePoint answers 503 Service Unavailable to everything; Microsoft Graph works.', mateo, {
    behaviour: { sharePointStatus: 503 }
  }),
  persona('corrupt-microsoft365-photo', 'Microsoft 365 says it has a JPEG photo but its bytes are not an image.', hannah, {
    microsoft365Photo: notAnImagePhoto(),
    sharePointPicture: ownPortrait({ ...hannah.look, hairStyle: 'long', backdrop: 'plain', head: { x: 0.4, y: 0.4, scale: 1.1 } },
      '2021-09-10T10:00:00Z')
  }),
  persona('oversized-microsoft365-photo', 'The Microsoft 365 photo is over SharePoint\'s 5,000,000-byte upload limit.', aiden, {
    microsoft365Photo: pastUploadLimitPhoto(aiden.look),
    sharePointPicture: placeholder()
  }),
  persona('hostile-profile', 'Every text field holds script or HTML, and the picture URL is a javascript: URL.', mallory, {
    microsoft365Facts: { jobTitle: `Principal Security Tester ${HOSTILE.svg}`, officeLocation: `Remote ${HOSTILE.script}` },
    pictureUrlOverride: 'javascript:alert(1)'
  }),
  // SharePoint Online's photo CDN keeps the previous photo for hours after an upload (pnp/pnpjs issue 1959).
  persona('photo-cache-stale', 'SharePoint shows an older photo, and its photo CDN keeps serving it for six hours after an upload.', yusuf, {
    sharePointPicture: ownPortrait(yusufIn2020, '2020-02-11T12:40:00Z'),
    behaviour: { photoCdnStaleSeconds: 6 * 60 * 60 }
  }),
  // An older profile: no SPS-Picture* keys, entries without ValueType, top-level fields null or stale.
  persona('partial-profile', 'Same photo, but the SharePoint profile lacks the picture-state keys and some top-level fields.', astrid, {
    profileShape: {
      pictureStateKeys: false,
      valueTypes: false,
      topLevel: { DisplayName: null, Email: null, Title: 'Payroll Assistant' }
    }
  }),
  persona('graph-placeholder-photo', 'No photo anywhere, but Graph answers with a 1x1 GIF and an empty etag instead of a 404.', ravi, {
    microsoft365Photo: graphPlaceholderPhoto(),
    sharePointPicture: placeholder()
  }),
  persona('hybrid-mailbox', 'Same photo, but the mailbox is on premises: Graph answers photo requests 404 MailboxNotEnabledForRESTAPI.', grace, {
    behaviour: { graphPhotoUnavailable: 'MailboxNotEnabledForRESTAPI' }
  }),
  persona('batch-item-throttled', 'Same photo, but Graph throttles the photo requests inside the first two $batch calls (429 items).', felix, {
    behaviour: { graphBatchPhotoThrottleCount: 2 }
  }),
  // IT opens the organisation view, but User.Read.All was never granted: Graph refuses the directory.
  persona('org-permission-missing', 'An IT person whose own profile is in sync, but Graph refuses to list the organisation (no User.Read.All).', siri, {
    behaviour: { graphOrganisationStatus: 403 },
    organisationOnly: true
  })
];

module.exports = { PERSONAS };
