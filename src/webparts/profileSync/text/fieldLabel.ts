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

/**
 * A compared Graph field's name as it reads inside a sentence ("job title", "jobbtittel"): loc/ keeps
 * field names in lower case (loc/README.md). An unknown field shows its own name.
 */
export function fieldName(field: string): string {
  return isLabelledField(field) ? FIELD_LABELS[field] : field;
}

/** The name standing on its own (a table row, the helpdesk report): first letter capitalised. */
export function fieldLabel(field: string): string {
  const name = fieldName(field);
  return isLabelledField(field) ? name.charAt(0).toLocaleUpperCase() + name.slice(1) : name;
}
