import { compareProperties } from './compareProperties';
import { COMPARED_FIELDS } from './propertyMappings';
import { aGraphUser } from './testing/graphBuilders';
import { PropertyValues, aSharePointProfile } from './testing/sharePointProfileBuilder';
import { PropertyComparison } from './types';

function rowFor(field: string, sharePoint: PropertyValues, graph: Record<string, unknown> = {}): PropertyComparison {
  const rows = compareProperties({
    sharePointProfile: aSharePointProfile(sharePoint).inFlavour('nometadata'),
    graphUser: aGraphUser(graph),
    graphPhoto: null
  });
  const row = rows.filter((candidate) => candidate.field === field)[0];
  if (!row) throw new Error(`no row for ${field}`);
  return row;
}

describe('compareProperties', () => {
  it('gives one row per field, in mapping order, for a profile in sync', () => {
    const rows = compareProperties({
      sharePointProfile: aSharePointProfile().inFlavour('minimal'),
      graphUser: aGraphUser(),
      graphPhoto: null
    });

    expect(rows.map((row) => row.field)).toEqual([
      'displayName',
      'givenName',
      'surname',
      'jobTitle',
      'department',
      'officeLocation',
      'businessPhones',
      'mail',
      'mobilePhone'
    ]);
    expect(rows.every((row) => row.equal)).toBe(true);
  });

  it('shows both sides and the property used', () => {
    expect(rowFor('officeLocation', { Office: ' 18/2111 ' }, { officeLocation: '131/1104' })).toEqual({
      field: 'officeLocation',
      sharePointKey: 'Office',
      sharePointValue: '18/2111',
      microsoft365Value: '131/1104',
      synced: true,
      equal: false
    });
  });

  it('compares the first business phone with WorkPhone', () => {
    const row = rowFor('businessPhones', { WorkPhone: '+1 (425) 555-0109' }, { businessPhones: ['+14255550109', '+1 425 555 0200'] });

    expect(row).toEqual(expect.objectContaining({ microsoft365Value: '+14255550109', equal: true }));
  });

  it('compares work e-mail without regard to case', () => {
    expect(rowFor('mail', { WorkEmail: 'meganb@contoso.onmicrosoft.com' }).equal).toBe(true);
  });

  it('marks the mobile phone as not synced', () => {
    const row = rowFor('mobilePhone', { CellPhone: '+47 912 34 567' }, { mobilePhone: null });

    expect(row).toEqual(expect.objectContaining({ synced: false, equal: false, sharePointKey: 'CellPhone' }));
  });

  describe('job title', () => {
    it('uses SPS-JobTitle when it has a value', () => {
      const row = rowFor('jobTitle', { 'SPS-JobTitle': 'Marketing Manager', Title: 'Old title' });

      expect(row).toEqual(expect.objectContaining({ sharePointKey: 'SPS-JobTitle', sharePointValue: 'Marketing Manager' }));
    });

    it('falls back to the Title property when SPS-JobTitle is empty', () => {
      const row = rowFor('jobTitle', { 'SPS-JobTitle': '', Title: 'Product Marketing Manager' });

      expect(row).toEqual(
        expect.objectContaining({ sharePointKey: 'Title', sharePointValue: 'Product Marketing Manager', equal: false })
      );
    });

    it('falls back to the top-level Title field when neither property has a value', () => {
      const rows = compareProperties({
        sharePointProfile: aSharePointProfile({ 'SPS-JobTitle': undefined, Title: undefined })
          .withTopLevel({ Title: 'Marketing Manager' })
          .inFlavour('verbose'),
        graphUser: aGraphUser(),
        graphPhoto: null
      });

      expect(rows[3]).toEqual(expect.objectContaining({ field: 'jobTitle', sharePointKey: 'Title', equal: true }));
    });

    it('reports SPS-JobTitle, empty, when no title is set anywhere', () => {
      const rows = compareProperties({
        sharePointProfile: aSharePointProfile({ 'SPS-JobTitle': null, Title: '' }).withTopLevel({ Title: null }).inFlavour('minimal'),
        graphUser: aGraphUser({ jobTitle: 'Marketing Manager' }),
        graphPhoto: null
      });

      expect(rows[3]).toEqual(expect.objectContaining({ sharePointKey: 'SPS-JobTitle', sharePointValue: '', equal: false }));
    });
  });

  describe('department', () => {
    it('uses Department when it has a value', () => {
      expect(rowFor('department', { Department: 'Sales', 'SPS-Department': 'Marketing' })).toEqual(
        expect.objectContaining({ sharePointKey: 'Department', sharePointValue: 'Sales', equal: false })
      );
    });

    it.each([
      ['empty', ''],
      ['missing', undefined]
    ])('falls back to SPS-Department when Department is %s', (_name, department) => {
      expect(rowFor('department', { Department: department, 'SPS-Department': 'Marketing' })).toEqual(
        expect.objectContaining({ sharePointKey: 'SPS-Department', sharePointValue: 'Marketing', equal: true })
      );
    });
  });

  describe('the fields option', () => {
    it('compares only the fields a site owner chose, still in mapping order', () => {
      const rows = compareProperties({
        sharePointProfile: aSharePointProfile().inFlavour('nometadata'),
        graphUser: aGraphUser(),
        graphPhoto: null,
        fields: ['mail', 'displayName']
      });

      expect(rows.map((row) => row.field)).toEqual(['displayName', 'mail']);
    });

    it('compares nothing when no field is chosen', () => {
      const input = { sharePointProfile: aSharePointProfile().inFlavour('nometadata'), graphUser: aGraphUser(), graphPhoto: null };

      expect(compareProperties({ ...input, fields: [] })).toEqual([]);
    });

    it('ignores names it does not know, such as a field from a newer version', () => {
      const rows = compareProperties({
        sharePointProfile: aSharePointProfile().inFlavour('nometadata'),
        graphUser: aGraphUser(),
        graphPhoto: null,
        fields: ['employeeId', 'surname']
      });

      expect(rows.map((row) => row.field)).toEqual(['surname']);
    });

    it('defaults to every compared field', () => {
      const rows = compareProperties({
        sharePointProfile: aSharePointProfile().inFlavour('nometadata'),
        graphUser: aGraphUser(),
        graphPhoto: null
      });

      expect(rows.map((row) => row.field)).toEqual(COMPARED_FIELDS);
    });
  });
});
