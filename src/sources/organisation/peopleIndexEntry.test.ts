import { readSharePointProfile } from '../../profile/sharePointProfile';
import { peopleIndexEntryOf } from './peopleIndexEntry';

const row = {
  Rank: '1000.0', DocId: '17004', AccountName: 'i:0#.f|membership|Kari.Nordmann@contoso.com', AADObjectID: 'FF90C30B-2305-44BC-A80F-3E3DC9578435',
  PreferredName: 'Kari Nordmann', FirstName: 'Kari', LastName: 'Nordmann', JobTitle: 'Designer', Department: 'Product',
  OfficeNumber: 'Oslo HQ / 3.14', WorkPhone: '+47 22 00 00 00', WorkEmail: 'kari.nordmann@contoso.com', MobilePhone: null, PictureURL: null
};

describe('peopleIndexEntryOf', () => {
  it('reads a people-index row as who it is and a profile body the core reads, empty cells as empty values', () => {
    const entry = peopleIndexEntryOf(row);
    expect(entry).toMatchObject({ docId: 17004, objectId: 'ff90c30b-2305-44bc-a80f-3e3dc9578435', userPrincipalName: 'kari.nordmann@contoso.com' });
    const profile = readSharePointProfile(entry.profile);
    expect(profile.properties).toMatchObject({ PreferredName: 'Kari Nordmann', 'SPS-JobTitle': 'Designer', Title: 'Designer', Office: 'Oslo HQ / 3.14', CellPhone: '', PictureURL: '' });
    expect(profile.accountName).toBe(row.AccountName);
    expect(profile.pictureUrl).toBe('');
  });

  it('an entry without an object id is still named by its account', () => {
    expect(peopleIndexEntryOf({ ...row, AADObjectID: null })).toMatchObject({ objectId: '', userPrincipalName: 'kari.nordmann@contoso.com' });
  });

  it('calls a row without a DocId or a person\'s account name bad data', () => {
    expect(() => peopleIndexEntryOf({ ...row, DocId: undefined })).toThrow(expect.objectContaining({ kind: 'bad-data', source: 'sharePoint' }));
    expect(() => peopleIndexEntryOf({ ...row, AccountName: 'https://contoso.sharepoint.com/sites/x' })).toThrow(expect.objectContaining({ kind: 'bad-data' }));
  });
});
