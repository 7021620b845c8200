import * as strings from 'ProfileSyncWebPartStrings';
import { IPropertyPaneConfiguration, IPropertyPaneField, IPropertyPaneGroup, PropertyPaneCheckbox, PropertyPaneDropdown, PropertyPaneSlider, PropertyPaneTextField, PropertyPaneToggle } from '@microsoft/sp-property-pane';
import { COMPARED_FIELDS } from '../../profile';
import { isHttpsUrl } from '../../urls';
import { fieldLabel } from './text/fieldLabel';
import { PREVIEW_OPTIONS, previewLabel } from './previewOptions';
import { cacheLifetimeMinutes, compareKey, DEFAULT_LINKS, IProfileSyncWebPartProps, isGroupId, viewOf } from './webPartSettings';

const validateUrl = (value: string): string => (!value || isHttpsUrl(value) ? '' : strings.UrlMustBeHttps);
const validateGroupId = (value: string): string => (isGroupId(value) ? '' : strings.GroupIdInvalid);

/** Who the organisation view covers: shown only when that view is chosen. */
function organisationGroup(properties: IProfileSyncWebPartProps): IPropertyPaneGroup {
  const fields: IPropertyPaneField<unknown>[] = [
    PropertyPaneDropdown('scope', {
      label: strings.ScopeFieldLabel,
      selectedKey: properties.scope === 'group' ? 'group' : 'everyone',
      options: [{ key: 'everyone', text: strings.ScopeEveryone }, { key: 'group', text: strings.ScopeGroup }]
    })
  ];
  if (properties.scope === 'group') {
    fields.push(PropertyPaneTextField('groupId', { label: strings.GroupIdLabel, onGetErrorMessage: validateGroupId }));
  }
  fields.push(
    PropertyPaneToggle('includeGuests', { label: strings.IncludeGuestsLabel }),
    PropertyPaneToggle('includeDisabled', { label: strings.IncludeDisabledLabel })
  );
  return { groupName: strings.OrgGroupName, groupFields: fields };
}

/** What site owners set up in the property pane: the view, display, who (organisation view), properties to compare, preview, links. */
export function propertyPaneConfiguration(properties: IProfileSyncWebPartProps): IPropertyPaneConfiguration {
  const fieldToggles: IPropertyPaneField<unknown>[] = COMPARED_FIELDS.map((field) =>
    PropertyPaneCheckbox(compareKey(field), { text: fieldLabel(field), checked: properties[compareKey(field)] !== false }));
  return {
    pages: [{
      header: { description: strings.PropertyPaneDescription },
      groups: [
        {
          groupName: strings.DisplayGroupName,
          groupFields: [
            PropertyPaneDropdown('view', {
              label: strings.ViewFieldLabel,
              selectedKey: viewOf(properties),
              options: [{ key: 'my-profile', text: strings.ViewMyProfile }, { key: 'organisation', text: strings.ViewOrganisation }]
            }),
            PropertyPaneTextField('title', { label: strings.TitleFieldLabel, placeholder: strings.WebPartTitle }),
            PropertyPaneToggle('showOnlyWhenDifferent', { label: strings.ShowOnlyWhenDifferentLabel }),
            PropertyPaneSlider('cacheLifetimeMinutes', { label: strings.CacheLifetimeLabel, min: 0, max: 480, step: 15, value: cacheLifetimeMinutes(properties) })
          ]
        },
        ...(viewOf(properties) === 'organisation' ? [organisationGroup(properties)] : []),
        // The field choice applies to both views.
        { groupName: strings.FieldsGroupName, groupFields: fieldToggles },
        {
          groupName: strings.PreviewGroupName,
          groupFields: [PropertyPaneDropdown('preview', {
            label: strings.PreviewFieldLabel,
            selectedKey: properties.preview || 'none',
            options: PREVIEW_OPTIONS.map((key) => ({ key, text: previewLabel(key) }))
          })]
        },
        {
          groupName: strings.LinksGroupName,
          groupFields: [
            PropertyPaneTextField('editProfileUrl', { label: strings.EditProfileUrlLabel, placeholder: DEFAULT_LINKS.editProfileUrl, onGetErrorMessage: validateUrl }),
            PropertyPaneTextField('photoHelpUrl', { label: strings.PhotoHelpUrlLabel, placeholder: DEFAULT_LINKS.photoHelpUrl, onGetErrorMessage: validateUrl }),
            PropertyPaneTextField('propertyHelpUrl', { label: strings.PropertyHelpUrlLabel, placeholder: DEFAULT_LINKS.propertyHelpUrl, onGetErrorMessage: validateUrl })
          ]
        }
      ]
    }]
  };
}
