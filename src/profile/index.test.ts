import * as profile from './index';
import { aGraphPhoto, aGraphUser } from './testing/graphBuilders';
import { aSharePointProfile } from './testing/sharePointProfileBuilder';

// Other teams' tests call the core through this file: its names are a contract.
describe('the profile core entry point', () => {
  it.each([
    'diagnose',
    'comparePhotos',
    'photoFingerprint',
    'fingerprintsMatch',
    'readSharePointProfile',
    'readGraphUser',
    'readGraphPhoto',
    'compareProperties',
    'photoPresence',
    'pictureTimestampToDate',
    'ProfileDataError'
  ])('exports %s', (name) => {
    expect(typeof (profile as unknown as Record<string, unknown>)[name]).toBe('function');
  });

  it('exports the compared fields in finding order, matching the mappings', () => {
    expect(profile.COMPARED_FIELDS).toEqual(profile.PROPERTY_MAPPINGS.map((mapping) => mapping.field));
    expect(profile.PROPERTY_MAPPINGS.filter((mapping) => !mapping.synced).map((mapping) => mapping.field)).toEqual(['mobilePhone']);
  });

  it('throws the exported ProfileDataError, so callers can catch it by type', () => {
    expect(() =>
      profile.diagnose({ sharePointProfile: null, graphUser: aGraphUser(), graphPhoto: aGraphPhoto() })
    ).toThrow(profile.ProfileDataError);
  });

  it('gives a diagnosis that deep-compares to a plain object', () => {
    const diagnosis = profile.diagnose({
      sharePointProfile: aSharePointProfile({ LastName: 'Bowen-Smith' }).inFlavour('minimal'),
      graphUser: aGraphUser(),
      graphPhoto: aGraphPhoto(),
      photoMatch: 'same'
    });

    expect(diagnosis).toStrictEqual({
      status: 'out-of-sync',
      findings: [
        { code: 'property-differs', field: 'surname', sharePointValue: 'Bowen-Smith', microsoft365Value: 'Bowen', severity: 'warning' }
      ]
    });
  });
});
