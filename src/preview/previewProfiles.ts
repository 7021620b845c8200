// Raw bodies for the preview, shaped as the real endpoints answer (docs/DOMAIN.md): GetMyProperties
// in odata=minimal (what PnPjs v4 asks for), GET /v1.0/me and GET /v1.0/me/photo. The person is made
// up, in Microsoft's fictional Contoso tenant; phone numbers are in the 555-01xx range kept for fiction.
// In the default bodies both sides agree and both have the photo: each preview changes one thing.

const SITE = 'https://contoso.sharepoint.com/sites/intranet';
const MY_SITE = 'https://contoso-my.sharepoint.com';
const UPN = 'AdaB@contoso.onmicrosoft.com';
const ACCOUNT_NAME = `i:0#.f|membership|${UPN.toLowerCase()}`;
const PERSONAL_PATH = '/personal/adab_contoso_onmicrosoft_com/';
const PICTURE_URL = `${MY_SITE}/User%20Photos/Profile%20Pictures/adab_contoso_onmicrosoft_com_MThumb.jpg`;
const USER_ID = '5d1c2b7e-93a4-4f0e-8c61-2e7b9a0d4f35';

/** Seconds from 0001-01-01T00:00:00Z to 1970-01-01T00:00:00Z: SPS-PictureTimestamp's epoch (see pictureTimestamp.ts). */
const SECONDS_FROM_YEAR_ONE_TO_UNIX_EPOCH = 62135596800;
/** The preview's SharePoint photo was set this long before the check. */
const PHOTO_AGE_MS = 40 * 24 * 60 * 60 * 1000;

/** Profile property values as SharePoint has them when its photo is only the placeholder. */
export const WITHOUT_SHAREPOINT_PHOTO: Readonly<Record<string, string>> = {
  PictureURL: '',
  'SPS-PicturePlaceholderState': '1',
  'SPS-PictureExchangeSyncState': '0',
  'SPS-PictureTimestamp': ''
};

/** The GetMyProperties body of the preview person; `changes` overrides UserProfileProperties values. */
export function previewSharePointBody(now: Date, changes: Readonly<Record<string, string>> = {}): Record<string, unknown> {
  const properties: Record<string, string> = { ...defaultProperties(now), ...changes };
  const picture = properties.PictureURL;
  return {
    'odata.metadata': `${SITE}/_api/$metadata#SP.UserProfiles.PersonProperties`,
    'odata.type': 'SP.UserProfiles.PersonProperties',
    'odata.id': `${SITE}/_api/SP.UserProfiles.PeopleManager/GetMyProperties`,
    'odata.editLink': 'SP.UserProfiles.PeopleManager/GetMyProperties',
    AccountName: ACCOUNT_NAME,
    DirectReports: [],
    DisplayName: properties.PreferredName,
    Email: properties.WorkEmail,
    ExtendedManagers: [properties.Manager],
    ExtendedReports: [ACCOUNT_NAME],
    IsFollowed: false,
    LatestPost: null,
    Peers: [],
    PersonalSiteHostUrl: `${MY_SITE}:443/`,
    PersonalUrl: `${MY_SITE}${PERSONAL_PATH}`,
    // The top-level field carries the timestamp as a cache-buster; null when there is no photo.
    PictureUrl: picture ? `${picture}?t=${properties['SPS-PictureTimestamp']}` : null,
    Title: properties.Title,
    UserProfileProperties: Object.keys(properties).map((key) => ({ Key: key, Value: properties[key], ValueType: 'Edm.String' })),
    UserUrl: `${MY_SITE}:443/Person.aspx?accountname=${encodeURIComponent(ACCOUNT_NAME)}`
  };
}

/** The GET /v1.0/me body (with $select=department) of the preview person; `changes` overrides fields. */
export function previewGraphUserBody(changes: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  return {
    '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users/$entity',
    id: USER_ID,
    userPrincipalName: UPN,
    displayName: 'Ada Brightwater',
    givenName: 'Ada',
    surname: 'Brightwater',
    jobTitle: 'Project Manager',
    department: 'Customer Success',
    officeLocation: '12/2107',
    businessPhones: ['+1 425 555 0142'],
    mail: UPN,
    mobilePhone: null,
    preferredLanguage: 'en-US',
    ...changes
  };
}

/** The GET /v1.0/me/photo metadata of the preview person's Microsoft 365 photo. */
export function previewGraphPhotoBody(): Record<string, unknown> {
  return {
    '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#users('${USER_ID}')/photo/$entity`,
    '@odata.mediaContentType': 'image/jpeg',
    '@odata.mediaEtag': '"7C4A2E19"',
    id: '432x432',
    width: 432,
    height: 432
  };
}

function defaultProperties(now: Date): Record<string, string> {
  return {
    UserProfile_GUID: '0b6f3c2a-7d41-4e9b-a5c8-1f2e3d4c5b6a',
    AccountName: ACCOUNT_NAME,
    FirstName: 'Ada',
    LastName: 'Brightwater',
    PreferredName: 'Ada Brightwater',
    WorkPhone: '+1 425 555 0142',
    Department: 'Customer Success',
    'SPS-Department': 'Customer Success',
    Title: 'Project Manager',
    'SPS-JobTitle': 'Project Manager',
    Manager: 'i:0#.f|membership|jonasv@contoso.onmicrosoft.com',
    AboutMe: '',
    PersonalSpace: PERSONAL_PATH,
    PictureURL: PICTURE_URL,
    UserName: UPN,
    'SPS-SipAddress': UPN.toLowerCase(),
    'SPS-ClaimID': UPN.toLowerCase(),
    'SPS-ClaimProviderID': 'membership',
    'SPS-ClaimProviderType': 'Forms',
    'SPS-UserPrincipalName': UPN,
    'SPS-PersonalSiteInstantiationState': '2',
    'SPS-PictureTimestamp': pictureTimestamp(new Date(now.getTime() - PHOTO_AGE_MS)),
    'SPS-PicturePlaceholderState': '0',
    'SPS-PictureExchangeSyncState': '1',
    WorkEmail: UPN,
    CellPhone: '',
    Office: '12/2107',
    'SPS-TimeZone': '',
    'SPS-StatusNotes': ''
  };
}

/** SPS-PictureTimestamp for a moment: whole seconds since 0001-01-01 (the inverse of pictureTimestampToDate). */
function pictureTimestamp(date: Date): string {
  return String(Math.floor(date.getTime() / 1000) + SECONDS_FROM_YEAR_ONE_TO_UNIX_EPOCH);
}
