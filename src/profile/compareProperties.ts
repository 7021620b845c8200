import { readGraphUser } from './graphUser';
import { PROPERTY_MAPPINGS } from './propertyMappings';
import { displayValue, sameValue } from './sameValue';
import { readSharePointProfile } from './sharePointProfile';
import { DiagnoseInput, GraphUser, PropertyComparison, PropertyMapping, PropertyReading, SharePointProfile } from './types';

/** One row per compared field, in PROPERTY_MAPPINGS order. The single place the property rule lives. */
export function compareProperties(input: DiagnoseInput): PropertyComparison[] {
  return compareProfileProperties(
    readSharePointProfile(input.sharePointProfile),
    readGraphUser(input.graphUser),
    input.fields
  );
}

/**
 * Same as compareProperties, for callers that already read the inputs. Field names that are not
 * in COMPARED_FIELDS are ignored: a setting saved by another version must not break the verdict.
 */
export function compareProfileProperties(
  profile: SharePointProfile,
  user: GraphUser,
  fields?: readonly string[]
): PropertyComparison[] {
  return PROPERTY_MAPPINGS.filter((mapping) => !fields || fields.indexOf(mapping.field) >= 0).map(
    (mapping) => compareField(mapping, profile, user)
  );
}

/**
 * What each compared property holds on the side(s) that answered: when one service failed, the page
 * still shows every value the other one gave, with the failed side unread and no verdict per row.
 */
export function readProperties(
  profile: SharePointProfile | undefined,
  user: GraphUser | undefined,
  fields?: readonly string[]
): PropertyReading[] {
  if (profile && user) return compareProfileProperties(profile, user, fields);
  return PROPERTY_MAPPINGS.filter((mapping) => !fields || fields.indexOf(mapping.field) >= 0).map((mapping) => {
    const sharePoint = profile ? sharePointSide(mapping, profile) : { key: mapping.sharePointKeys[0], value: undefined };
    return {
      field: mapping.field,
      sharePointKey: sharePoint.key,
      sharePointValue: sharePoint.value,
      microsoft365Value: user ? microsoft365Value(mapping.field, user) : undefined,
      synced: mapping.synced,
      equal: undefined
    };
  });
}

function compareField(
  mapping: Readonly<PropertyMapping>,
  profile: SharePointProfile,
  user: GraphUser
): PropertyComparison {
  const sharePoint = sharePointSide(mapping, profile);
  const microsoft365 = microsoft365Value(mapping.field, user);
  return {
    field: mapping.field,
    sharePointKey: sharePoint.key,
    sharePointValue: sharePoint.value,
    microsoft365Value: microsoft365,
    synced: mapping.synced,
    equal: sameValue(mapping.kind, sharePoint.value, microsoft365)
  };
}

interface SharePointSide {
  key: string;
  value: string;
}

// The first non-empty key wins; when all are empty the primary key is reported, with no value.
function sharePointSide(mapping: Readonly<PropertyMapping>, profile: SharePointProfile): SharePointSide {
  const keys = mapping.sharePointKeys;
  for (let i = 0; i < keys.length; i++) {
    const isSet = Object.prototype.hasOwnProperty.call(profile.properties, keys[i]);
    const value = isSet ? displayValue(profile.properties[keys[i]]) : '';
    if (value !== '') return { key: keys[i], value };
  }
  if (mapping.topLevelFallback === 'Title' && displayValue(profile.title) !== '') {
    return { key: 'Title', value: displayValue(profile.title) };
  }
  return { key: keys[0], value: '' };
}

function microsoft365Value(field: string, user: GraphUser): string {
  if (field === 'businessPhones') return displayValue(user.businessPhones[0]);
  return displayValue((user as unknown as Record<string, unknown>)[field]);
}
