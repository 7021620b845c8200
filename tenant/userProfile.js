'use strict';

// SharePoint's user profile as GetMyProperties returns it: SP.UserProfiles.PersonProperties,
// top-level fields plus UserProfileProperties, a list of {Key, Value, ValueType} where empty
// values are "" (docs/DOMAIN.md). The keys and their order follow SharePoint Online's. Real
// bodies vary (DOMAIN.md, issue 10): top-level PictureUrl null next to a PictureURL key, top-level
// fields that disagree with the keys, entries without ValueType, no SPS-Picture* keys on older
// profiles; a persona's profileShape plays those.

const { membershipClaim } = require('./profileBuilders');
const { personalSiteStem, renditionUrl } = require('./personaUrls');
const { SHAREPOINT_RENDITIONS } = require('./renditions');

const USER_PROFILE_KEYS = [
  'UserProfile_GUID', 'SID', 'ADGuid', 'AccountName', 'FirstName', 'SPS-PhoneticFirstName', 'LastName',
  'SPS-PhoneticLastName', 'PreferredName', 'SPS-PhoneticDisplayName', 'WorkPhone', 'Department', 'Title',
  'SPS-Department', 'Manager', 'AboutMe', 'PersonalSpace', 'PictureURL', 'UserName', 'QuickLinks', 'WebSite',
  'PublicSiteRedirect', 'SPS-JobTitle', 'SPS-DataSource', 'SPS-MemberOf', 'SPS-Dotted-line', 'SPS-Peers',
  'SPS-Responsibility', 'SPS-SipAddress', 'SPS-MySiteUpgrade', 'SPS-DontSuggestList', 'SPS-ProxyAddresses',
  'SPS-HireDate', 'SPS-DisplayOrder', 'SPS-ClaimID', 'SPS-ClaimProviderID', 'SPS-LastColleagueAdded', 'SPS-OWAUrl',
  'SPS-ResourceSID', 'SPS-ResourceAccountName', 'SPS-MasterAccountName', 'SPS-UserPrincipalName',
  'SPS-O15FirstRunExperience', 'SPS-PersonalSiteInstantiationState', 'SPS-DistinguishedName', 'SPS-SourceObjectDN',
  'SPS-LastKeywordAdded', 'SPS-ClaimProviderType', 'SPS-SavedAccountName', 'SPS-SavedSID', 'SPS-ObjectExists',
  'SPS-PersonalSiteCapabilities', 'SPS-PersonalSiteFirstCreationTime', 'SPS-PersonalSiteLastCreationTime',
  'SPS-PersonalSiteNumberOfRetries', 'SPS-PersonalSiteFirstCreationError', 'SPS-FeedIdentifier', 'WorkEmail',
  'CellPhone', 'Fax', 'HomePhone', 'Office', 'SPS-Location', 'Assistant', 'SPS-PastProjects', 'SPS-Skills',
  'SPS-School', 'SPS-Birthday', 'SPS-StatusNotes', 'SPS-Interests', 'SPS-HashTags', 'SPS-EmailOptin',
  'SPS-PrivacyPeople', 'SPS-PrivacyActivity', 'SPS-PictureTimestamp', 'SPS-PicturePlaceholderState',
  'SPS-PictureExchangeSyncState', 'SPS-MUILanguages', 'SPS-ContentLanguages', 'SPS-TimeZone',
  'SPS-RegionalSettings-FollowWeb', 'SPS-Locale', 'SPS-CalendarType', 'SPS-AltCalendarType', 'SPS-AdjustHijriDays',
  'SPS-ShowWeeks', 'SPS-WorkDays', 'SPS-WorkDayStartHour', 'SPS-WorkDayEndHour', 'SPS-Time24', 'SPS-FirstDayOfWeek',
  'SPS-FirstWeekOfYear', 'SPS-RegionalSettings-Initialized', 'OfficeGraphEnabled', 'SPS-UserType',
  'SPS-HideFromAddressLists', 'SPS-RecipientTypeDetails', 'DelveFlags', 'msOnline-ObjectId',
  'SPS-PointPublishingUrl', 'SPS-TenantInstanceId', 'SPS-SharePointHomeExperienceState', 'SPS-RefreshToken',
  'SPS-MultiGeoFlags', 'PreferredDataLocation'
];

const PICTURE_STATE_KEYS = ['SPS-PictureTimestamp', 'SPS-PicturePlaceholderState', 'SPS-PictureExchangeSyncState'];

const TENANT_ID = '7d3a9b2e-5c41-4f0a-9e6d-2b8f1c0a4e57';

/**
 * The photo state as the profile records it. `pictureUrl` is the top-level PictureUrl: null next to
 * the PictureURL key, as real bodies have it, unless a persona's profileShape asks for the
 * ?t=<SPS-PictureTimestamp> form; a persona may override both URLs.
 */
function pictureProperties(persona, urls) {
  const { picture, shape } = persona.userProfile;
  const stored = persona.sharePointPhoto ? renditionUrl(urls.mySite, persona.identity, SHAREPOINT_RENDITIONS.M.suffix) : '';
  const overridden = picture.urlOverride !== null && picture.urlOverride !== undefined;
  const PictureURL = overridden ? picture.urlOverride : stored;
  const withTimestamp = shape.topLevelPictureUrl === 'withTimestamp' && stored ? `${stored}?t=${picture.timestamp}` : null;
  const pictureUrl = overridden ? PictureURL || null : withTimestamp;
  return {
    PictureURL,
    'SPS-PicturePlaceholderState': picture.placeholderState,
    'SPS-PictureExchangeSyncState': picture.exchangeSyncState,
    'SPS-PictureTimestamp': picture.timestamp,
    pictureUrl
  };
}

function identityValues(persona, urls) {
  const { identity } = persona;
  const upn = identity.userPrincipalName;
  const claim = membershipClaim(upn);
  return {
    UserProfile_GUID: identity.userProfileGuid,
    SID: identity.sid,
    ADGuid: 'System.Byte[]',
    AccountName: claim,
    PersonalSpace: `/personal/${personalSiteStem(upn)}/`,
    UserName: upn,
    'SPS-SipAddress': upn,
    'SPS-ProxyAddresses': `SMTP:${upn}`,
    'SPS-ClaimID': upn,
    'SPS-ClaimProviderID': 'membership',
    'SPS-UserPrincipalName': upn,
    'SPS-PersonalSiteInstantiationState': '2',
    'SPS-DistinguishedName': `CN=${identity.objectId},OU=${TENANT_ID},OU=Tenants,OU=MSOnline,DC=SPODS000001,DC=msft,DC=net`,
    'SPS-ClaimProviderType': 'Forms',
    'SPS-SavedAccountName': claim,
    'SPS-SavedSID': 'System.Byte[]',
    'SPS-PersonalSiteCapabilities': '36',
    'SPS-UserType': '0',
    'SPS-HideFromAddressLists': 'False',
    'SPS-RecipientTypeDetails': '2147483648',
    'msOnline-ObjectId': identity.objectId,
    'SPS-TenantInstanceId': `${urls.mySite}/`
  };
}

/** Whether the profile has the SPS-Picture* keys: older or partial profiles lack them until a picture is set. */
function hasPictureStateKeys(persona) {
  return persona.userProfile.shape.pictureStateKeys !== false || persona.userProfile.picture.keysRecorded === true;
}

function userProfileProperties(persona, urls) {
  const { pictureUrl, ...pictureKeys } = pictureProperties(persona, urls);
  const values = { ...identityValues(persona, urls), ...persona.userProfile.fields, ...pictureKeys };
  const keys = hasPictureStateKeys(persona) ? USER_PROFILE_KEYS : USER_PROFILE_KEYS.filter((k) => !PICTURE_STATE_KEYS.includes(k));
  const withValueType = persona.userProfile.shape.valueTypes !== false;
  return keys.map((Key) => {
    const entry = { Key, Value: values[Key] == null ? '' : String(values[Key]) };
    return withValueType ? { ...entry, ValueType: 'Edm.String' } : entry;
  });
}

/** SP.UserProfiles.PersonProperties of the persona, as plain fields (no OData flavour yet). */
function personProperties(persona, urls) {
  const { fields } = persona.userProfile;
  const claim = membershipClaim(persona.identity.userPrincipalName);
  const stem = personalSiteStem(persona.identity.userPrincipalName);
  return {
    AccountName: claim,
    DirectReports: [],
    DisplayName: fields.PreferredName,
    Email: fields.WorkEmail,
    ExtendedManagers: fields.Manager ? [fields.Manager] : [],
    ExtendedReports: [claim],
    IsFollowed: false,
    LatestPost: null,
    Peers: [],
    PersonalSiteHostUrl: `${urls.mySite}/`,
    PersonalUrl: `${urls.mySite}/personal/${stem}/`,
    PictureUrl: pictureProperties(persona, urls).pictureUrl,
    Title: fields['SPS-JobTitle'] || null,
    UserProfileProperties: userProfileProperties(persona, urls),
    UserUrl: `${urls.mySite}/Person.aspx?accountname=${encodeURIComponent(claim)}`,
    // Top-level fields that disagree with the keys (null or stale), where a persona plays them.
    ...persona.userProfile.shape.topLevel
  };
}

const PERSON_PROPERTIES_COLLECTIONS = {
  DirectReports: 'Edm.String',
  ExtendedManagers: 'Edm.String',
  ExtendedReports: 'Edm.String',
  Peers: 'Edm.String',
  UserProfileProperties: 'SP.KeyValue'
};

module.exports = { personProperties, pictureProperties, hasPictureStateKeys, userProfileProperties, PERSON_PROPERTIES_COLLECTIONS, USER_PROFILE_KEYS, PICTURE_STATE_KEYS };
