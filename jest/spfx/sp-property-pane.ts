// Stand-in for @microsoft/sp-property-pane in jest: each field as the plain object SPFx builds
// ({ type, targetProperty, properties }), so tests can read the pane a site owner would see.

/** SPFx's PropertyPaneFieldType numbers. */
export enum PropertyPaneFieldType {
  Custom = 1,
  CheckBox = 2,
  TextField = 3,
  Toggle = 5,
  Dropdown = 6,
  Slider = 8
}

export interface StandInField<P> {
  type: PropertyPaneFieldType;
  targetProperty: string;
  properties: P;
}

const field = (type: PropertyPaneFieldType) => <P>(targetProperty: string, properties: P): StandInField<P> =>
  ({ type, targetProperty, properties });

export const PropertyPaneCheckbox = field(PropertyPaneFieldType.CheckBox);
export const PropertyPaneTextField = field(PropertyPaneFieldType.TextField);
export const PropertyPaneToggle = field(PropertyPaneFieldType.Toggle);
export const PropertyPaneDropdown = field(PropertyPaneFieldType.Dropdown);
export const PropertyPaneSlider = field(PropertyPaneFieldType.Slider);
