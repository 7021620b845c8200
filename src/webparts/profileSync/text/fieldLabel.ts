import * as strings from 'ProfileSyncWebPartStrings';

/** The Graph /me fields the page compares (src/profile's PROPERTY_MAPPINGS), each with a label in loc/. */
export type LabelledField =
  | 'displayName' | 'givenName' | 'surname' | 'jobTitle' | 'department' | 'officeLocation' | 'businessPhones' | 'mail' | 'mobilePhone';

const FIELD_LABELS: Record<LabelledField, string> = {
  displayName: strings.FieldDisplayName,
  givenName: strings.FieldGivenName,
  surname: strings.FieldSurname,
  jobTitle: strings.FieldJobTitle,
  department: strings.FieldDepartment,
  officeLocation: strings.FieldOfficeLocation,
  businessPhones: strings.FieldBusinessPhones,
  mail: strings.FieldMail,
  mobilePhone: strings.FieldMobilePhone
};

function isLabelledField(field: string): field is LabelledField {
  return Object.prototype.hasOwnProperty.call(FIELD_LABELS, field);
}

/** The label a person reads for a compared Graph field; an unknown field shows its own name. */
export function fieldLabel(field: string): string {
  return isLabelledField(field) ? FIELD_LABELS[field] : field;
}
