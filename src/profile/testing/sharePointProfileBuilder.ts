// Builds GetMyProperties bodies (SP.UserProfiles.PersonProperties) in each OData flavour, shaped as
// in docs/DOMAIN.md, "SharePoint REST shapes". The default person matches aGraphUser() and has a
// photo synced from Exchange, so a default diagnosis is in sync.

export type ODataFlavour = 'verbose' | 'nometadata' | 'minimal';
export const ODATA_FLAVOURS: ODataFlavour[] = ['verbose', 'nometadata', 'minimal'];

const SITE = 'https://contoso.sharepoint.com/sites/intranet';
const MY_SITE = 'https://contoso-my.sharepoint.com';
const UPN = 'MeganB@contoso.onmicrosoft.com';
const ACCOUNT_NAME = `i:0#.f|membership|${UPN.toLowerCase()}`;
const PICTURE_URL = `${MY_SITE}/User%20Photos/Profile%20Pictures/meganb_contoso_onmicrosoft_com_MThumb.jpg`;
const PICTURE_TIMESTAMP = '63783110969';

/** Value null is sent as null; undefined leaves the entry out. */
export type PropertyValues = Record<string, string | null | undefined>;

const DEFAULT_PROPERTIES: PropertyValues = {
  UserProfile_GUID: '2a7d3d51-5c2b-4b8e-9f0e-4d7f0c1e9a11',
  SID: 'i:0h.f|membership|10032000840b5e0b@live.com',
  ADGuid: '',
  AccountName: ACCOUNT_NAME,
  FirstName: 'Megan',
  'SPS-PhoneticFirstName': '',
  LastName: 'Bowen',
  'SPS-PhoneticLastName': '',
  PreferredName: 'Megan Bowen',
  'SPS-PhoneticDisplayName': '',
  WorkPhone: '+1 425 555 0109',
  Department: 'Marketing',
  Title: 'Marketing Manager',
  'SPS-Department': 'Marketing',
  'SPS-JobTitle': 'Marketing Manager',
  Manager: 'i:0#.f|membership|miriamg@contoso.onmicrosoft.com',
  AboutMe: '',
  PersonalSpace: '/personal/meganb_contoso_onmicrosoft_com/',
  PictureURL: PICTURE_URL,
  UserName: UPN,
  QuickLinks: '',
  WebSite: '',
  PublicSiteRedirect: '',
  'SPS-Dotted-line': '',
  'SPS-Peers': '',
  'SPS-Responsibility': '',
  'SPS-SipAddress': UPN.toLowerCase(),
  'SPS-MySiteUpgrade': '',
  'SPS-ProxyAddresses': '',
  'SPS-HireDate': '',
  'SPS-DisplayOrder': '',
  'SPS-ClaimID': UPN.toLowerCase(),
  'SPS-ClaimProviderID': 'membership',
  'SPS-ClaimProviderType': 'Forms',
  'SPS-LastColleagueAdded': '',
  'SPS-OWAUrl': '',
  'SPS-ResourceAccountName': '',
  'SPS-MasterAccountName': '',
  'SPS-UserPrincipalName': UPN,
  'SPS-O15FirstRunExperience': '',
  'SPS-PersonalSiteInstantiationState': '2',
  'SPS-PictureTimestamp': PICTURE_TIMESTAMP,
  'SPS-PicturePlaceholderState': '0',
  'SPS-PictureExchangeSyncState': '1',
  WorkEmail: 'MeganB@contoso.onmicrosoft.com',
  CellPhone: '',
  Office: '131/1104',
  'SPS-Location': '',
  'SPS-TimeZone': '',
  Assistant: '',
  'SPS-StatusNotes': ''
};

export class SharePointProfileBuilder {
  private readonly properties: PropertyValues;
  private readonly topLevel: Record<string, unknown> = {};

  public constructor(properties: PropertyValues) {
    this.properties = { ...DEFAULT_PROPERTIES, ...properties };
  }

  /** Sets top-level PersonProperties fields (Title, PictureUrl, ...); undefined leaves one out. */
  public withTopLevel(fields: Record<string, unknown>): this {
    Object.keys(fields).forEach((name) => {
      this.topLevel[name] = fields[name];
    });
    return this;
  }

  /** A user whose SharePoint profile shows the placeholder: no picture set. */
  public withoutPhoto(): this {
    this.properties.PictureURL = '';
    this.properties['SPS-PicturePlaceholderState'] = '1';
    this.properties['SPS-PictureTimestamp'] = '';
    this.topLevel.PictureUrl = null;
    return this;
  }

  public inFlavour(flavour: ODataFlavour): Record<string, unknown> {
    const person = this.personProperties();
    const entries = this.entries();
    switch (flavour) {
      case 'verbose':
        return {
          d: {
            __metadata: {
              id: `${SITE}/_api/SP.UserProfiles.PeopleManager/GetMyProperties`,
              uri: `${SITE}/_api/SP.UserProfiles.PeopleManager/GetMyProperties`,
              type: 'SP.UserProfiles.PersonProperties'
            },
            ...withResults(person),
            UserProfileProperties: {
              __metadata: { type: 'Collection(SP.KeyValue)' },
              results: entries.map((entry) => ({ __metadata: { type: 'SP.KeyValue' }, ...entry }))
            }
          }
        };
      case 'minimal':
        return {
          'odata.metadata': `${SITE}/_api/$metadata#SP.UserProfiles.PersonProperties`,
          'odata.type': 'SP.UserProfiles.PersonProperties',
          'odata.id': `${SITE}/_api/SP.UserProfiles.PeopleManager/GetMyProperties`,
          'odata.editLink': 'SP.UserProfiles.PeopleManager/GetMyProperties',
          ...person,
          UserProfileProperties: entries
        };
      default:
        return { ...person, UserProfileProperties: entries };
    }
  }

  private personProperties(): Record<string, unknown> {
    const p = this.properties;
    // The top-level PictureUrl is there even when the PictureURL entry is left out.
    const picture = p.PictureURL === undefined ? PICTURE_URL : p.PictureURL;
    const pictureUrl = picture ? `${picture}?t=${p['SPS-PictureTimestamp'] || ''}` : null;
    const person: Record<string, unknown> = {
      AccountName: ACCOUNT_NAME,
      DirectReports: [],
      DisplayName: p.PreferredName,
      Email: p.WorkEmail,
      ExtendedManagers: [p.Manager],
      ExtendedReports: [ACCOUNT_NAME],
      IsFollowed: false,
      LatestPost: null,
      Peers: ['i:0#.f|membership|alexw@contoso.onmicrosoft.com'],
      PersonalSiteHostUrl: `${MY_SITE}:443/`,
      PersonalUrl: `${MY_SITE}/personal/meganb_contoso_onmicrosoft_com/`,
      PictureUrl: pictureUrl,
      Title: p.Title === undefined ? null : p.Title,
      UserUrl: `${MY_SITE}:443/Person.aspx?accountname=${encodeURIComponent(ACCOUNT_NAME)}`
    };
    Object.keys(this.topLevel).forEach((name) => {
      if (this.topLevel[name] === undefined) delete person[name];
      else person[name] = this.topLevel[name];
    });
    return person;
  }

  private entries(): Array<{ Key: string; Value: string | null; ValueType: string }> {
    return Object.keys(this.properties)
      .filter((key) => this.properties[key] !== undefined)
      .map((key) => ({ Key: key, Value: this.properties[key] as string | null, ValueType: 'Edm.String' }));
  }
}

/** A GetMyProperties body; property values override the default person's (undefined removes one). */
export function aSharePointProfile(properties: PropertyValues = {}): SharePointProfileBuilder {
  return new SharePointProfileBuilder(properties);
}

// In odata=verbose every collection is wrapped as {results: [...]}.
function withResults(person: Record<string, unknown>): Record<string, unknown> {
  const wrapped: Record<string, unknown> = {};
  Object.keys(person).forEach((name) => {
    const value = person[name];
    wrapped[name] = Array.isArray(value) ? { results: value } : value;
  });
  return wrapped;
}

/** An error body as SharePoint sends it in the given flavour (here: access denied). */
export function aSharePointError(flavour: ODataFlavour): Record<string, unknown> {
  const error = {
    code: '-2147024891, System.UnauthorizedAccessException',
    message: { lang: 'en-US', value: 'Access denied. You do not have permission to perform this action.' }
  };
  return flavour === 'verbose' ? { error } : { 'odata.error': error };
}
