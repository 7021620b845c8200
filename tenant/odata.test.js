'use strict';

const { odataFlavour, odataContentType, entityJson, nullResultJson, errorJson } = require('./odata');

const descriptor = {
  type: 'SP.UserProfiles.PersonProperties',
  id: 'https://site/_api/SP.UserProfiles.PeopleManager/GetMyProperties',
  editLink: 'SP.UserProfiles.PeopleManager/GetMyProperties',
  metadataUrl: 'https://site/_api/$metadata#SP.ApiData.PersonPropertiess/@Element',
  collections: { Peers: 'Edm.String', UserProfileProperties: 'SP.KeyValue' }
};
const entity = {
  DisplayName: 'Ingrid Solberg',
  Peers: ['i:0#.f|membership|a@contoso.example'],
  UserProfileProperties: [{ Key: 'Office', Value: '', ValueType: 'Edm.String' }]
};

describe('odataFlavour', () => {
  test.each([
    ['application/json;odata=verbose', 'verbose'],
    ['application/json; odata=nometadata', 'nometadata'],
    ['application/json;odata=minimal', 'minimal'],
    ['application/json', 'minimal'],
    [undefined, 'minimal']
  ])('%s is %s', (accept, flavour) => {
    expect(odataFlavour(accept)).toBe(flavour);
    expect(odataContentType(flavour)).toContain(`odata=${flavour}`);
  });
});

describe('entityJson', () => {
  test('verbose wraps in d, adds __metadata and turns collections into results', () => {
    const json = entityJson('verbose', entity, descriptor);
    expect(json.d.__metadata).toEqual({ id: descriptor.id, uri: descriptor.id, type: descriptor.type });
    expect(json.d.Peers).toEqual({ __metadata: { type: 'Collection(Edm.String)' }, results: entity.Peers });
    expect(json.d.UserProfileProperties.results).toEqual([
      { __metadata: { type: 'SP.KeyValue' }, Key: 'Office', Value: '', ValueType: 'Edm.String' }
    ]);
  });

  test('nometadata is the plain fields', () => {
    expect(entityJson('nometadata', entity, descriptor)).toEqual(entity);
  });

  test('minimal adds the four odata annotations before the fields', () => {
    const json = entityJson('minimal', entity, descriptor);
    expect(Object.keys(json).slice(0, 4)).toEqual(['odata.metadata', 'odata.type', 'odata.id', 'odata.editLink']);
    expect(json.Peers).toEqual(entity.Peers);
  });

  test('verbose of a function result is wrapped in its name', () => {
    const json = entityJson('verbose', { A: 1 }, { type: 'SP.ContextWebInformation', verboseName: 'GetContextWebInformation' });
    expect(json).toEqual({ d: { GetContextWebInformation: { __metadata: { type: 'SP.ContextWebInformation' }, A: 1 } } });
  });
});

test('null results and errors follow the flavour', () => {
  expect(nullResultJson('verbose', { verboseName: 'SetMyProfilePicture' })).toEqual({ d: { SetMyProfilePicture: null } });
  expect(nullResultJson('nometadata', {})).toEqual({ 'odata.null': true });
  expect(errorJson('verbose', 'c', 'm')).toEqual({ error: { code: 'c', message: { lang: 'en-US', value: 'm' } } });
  expect(errorJson('minimal', 'c', 'm')).toEqual({ 'odata.error': { code: 'c', message: { lang: 'en-US', value: 'm' } } });
});
