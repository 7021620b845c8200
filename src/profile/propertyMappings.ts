import { PropertyMapping } from './types';

// Which Graph /me field is copied into which user profile property, per "Property sync from
// Entra ID to the user profile" in docs/DOMAIN.md. The order here is the order of findings.
export const PROPERTY_MAPPINGS: ReadonlyArray<Readonly<PropertyMapping>> = [
  { field: 'displayName', sharePointKeys: ['PreferredName'], synced: true, kind: 'text' },
  { field: 'givenName', sharePointKeys: ['FirstName'], synced: true, kind: 'text' },
  { field: 'surname', sharePointKeys: ['LastName'], synced: true, kind: 'text' },
  // SPS-JobTitle is term-set bound and can be empty while the plain Title still carries the text.
  {
    field: 'jobTitle',
    sharePointKeys: ['SPS-JobTitle', 'Title'],
    synced: true,
    kind: 'text',
    topLevelFallback: 'Title'
  },
  { field: 'department', sharePointKeys: ['Department', 'SPS-Department'], synced: true, kind: 'text' },
  { field: 'officeLocation', sharePointKeys: ['Office'], synced: true, kind: 'text' },
  // Graph has a list; only the first number is synced to WorkPhone.
  { field: 'businessPhones', sharePointKeys: ['WorkPhone'], synced: true, kind: 'phone' },
  { field: 'mail', sharePointKeys: ['WorkEmail'], synced: true, kind: 'email' },
  // Not in the synced set: users edit CellPhone in SharePoint, so a difference is no sync problem.
  { field: 'mobilePhone', sharePointKeys: ['CellPhone'], synced: false, kind: 'phone' }
];

/** The Graph field names a site owner can choose to compare, in finding order. */
export const COMPARED_FIELDS: ReadonlyArray<string> = PROPERTY_MAPPINGS.map((mapping) => mapping.field);
