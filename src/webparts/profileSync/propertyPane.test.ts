import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { propertyPaneConfiguration } from './propertyPane';
import { IProfileSyncWebPartProps, scanSettings, viewOf } from './webPartSettings';

type Field = { targetProperty: string; properties: Record<string, unknown> };

function props(overrides: Partial<IProfileSyncWebPartProps> = {}): IProfileSyncWebPartProps {
  return { title: '', showOnlyWhenDifferent: false, editProfileUrl: '', photoHelpUrl: '', propertyHelpUrl: '', ...overrides };
}

function groups(pane: IPropertyPaneConfiguration): Array<{ groupName?: string; groupFields: Field[] }> {
  return pane.pages[0].groups as unknown as Array<{ groupName?: string; groupFields: Field[] }>;
}

function fieldsOf(pane: IPropertyPaneConfiguration, groupName: string): Field[] {
  const group = groups(pane).filter((g) => g.groupName === groupName)[0];
  return group ? group.groupFields : [];
}

describe('the property pane\'s view choice', () => {
  it('offers "My profile" and "Organisation (for IT)" first, with "My profile" chosen by default', () => {
    const view = fieldsOf(propertyPaneConfiguration(props()), 'Display')[0];
    expect(view.targetProperty).toBe('view');
    expect(view.properties.selectedKey).toBe('my-profile');
    expect((view.properties.options as Array<{ text: string }>).map((o) => o.text)).toEqual(['My profile', 'Organisation (for IT)']);
  });

  it('keeps the "My profile" pane as it was: no organisation settings', () => {
    expect(groups(propertyPaneConfiguration(props())).map((g) => g.groupName)).toEqual(['Display', 'Details to compare', 'Preview', 'Links']);
  });

  it('with the organisation view, asks who (everyone by default), guests and disabled accounts, and keeps the field choice', () => {
    const pane = propertyPaneConfiguration(props({ view: 'organisation' }));
    expect(groups(pane).map((g) => g.groupName)).toEqual(['Display', 'Organisation view', 'Details to compare', 'Preview', 'Links']);
    const who = fieldsOf(pane, 'Organisation view');
    expect(who.map((f) => f.targetProperty)).toEqual(['scope', 'includeGuests', 'includeDisabled']);
    expect(who[0].properties.selectedKey).toBe('everyone');
    expect(fieldsOf(pane, 'Details to compare').map((f) => f.targetProperty)).toContain('compare_jobTitle');
  });

  it('asks for the group\'s id when one group is chosen, and accepts only an object id', () => {
    const who = fieldsOf(propertyPaneConfiguration(props({ view: 'organisation', scope: 'group' })), 'Organisation view');
    expect(who.map((f) => f.targetProperty)).toEqual(['scope', 'groupId', 'includeGuests', 'includeDisabled']);
    const validate = who[1].properties.onGetErrorMessage as (value: string) => string;
    expect(validate('0a1b2c3d-1234-4abc-9def-0123456789ab')).toBe('');
    expect(validate(' 0A1B2C3D-1234-4ABC-9DEF-0123456789AB ')).toBe('');
    expect(validate('Sales team')).toContain('object ID');
    expect(validate('')).toContain('object ID');
    expect(validate('0a1b2c3d-1234-4abc-9def-0123456789ab/../users')).toContain('object ID');
  });
});

describe('the web part\'s settings for the organisation view', () => {
  it('shows "My profile" unless the organisation view was chosen', () => {
    expect(viewOf({})).toBe('my-profile');
    expect(viewOf({ view: 'nonsense' })).toBe('my-profile');
    expect(viewOf({ view: 'organisation' })).toBe('organisation');
  });

  it('scans everyone, without guests or disabled accounts, comparing the chosen fields, unless told otherwise', () => {
    const settings = scanSettings(props({ compare_mobilePhone: false }));
    expect(settings.scope).toEqual({ kind: 'everyone' });
    expect(settings.includeGuests).toBe(false);
    expect(settings.includeDisabled).toBe(false);
    expect(settings.fields).toContain('jobTitle');
    expect(settings.fields).not.toContain('mobilePhone');
  });

  it('scans one group by its id, trimmed, with guests and disabled accounts when asked', () => {
    expect(scanSettings(props({ scope: 'group', groupId: ' 0A1B2C3D-1234-4ABC-9DEF-0123456789AB ', includeGuests: true, includeDisabled: true })))
      .toMatchObject({ scope: { kind: 'group', groupId: '0a1b2c3d-1234-4abc-9def-0123456789ab' }, includeGuests: true, includeDisabled: true });
  });

  it('never turns a mistyped group id into a request path, nor into "everyone"', () => {
    expect(scanSettings(props({ scope: 'group', groupId: '0a1b2c3d-1234-4abc-9def-0123456789ab/../../users' })).scope).toEqual({ kind: 'group', groupId: '' });
  });
});
