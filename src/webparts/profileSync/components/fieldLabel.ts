import * as strings from 'ProfileSyncWebPartStrings';

/** The label a person reads for a compared Graph field. */
export function fieldLabel(field: string): string {
  const label = (strings as unknown as Record<string, string>)[`Field${field}`];
  return label || field;
}
