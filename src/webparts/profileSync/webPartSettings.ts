import type { ScanSettings } from '../../organisation';
import { COMPARED_FIELDS } from '../../profile';

/** What site owners set in the property pane. */
export interface IProfileSyncWebPartProps {
  title: string;
  showOnlyWhenDifferent: boolean;
  editProfileUrl: string;
  photoHelpUrl: string;
  propertyHelpUrl: string;
  /** How long a page view shows the cached verdict without asking SharePoint and Graph again. */
  cacheLifetimeMinutes?: number;
  /** A state to preview in edit mode, or 'none'. */
  preview?: string;
  /** 'organisation' shows the organisation view (for IT); anything else, "My profile". */
  view?: string;
  /** Organisation view: 'group' scans one group's members (groupId), anything else everyone. */
  scope?: string;
  groupId?: string;
  includeGuests?: boolean;
  includeDisabled?: boolean;
  /** `compare_<Graph field>`: false leaves that property out; missing means compare it. */
  [compareField: string]: string | boolean | number | undefined;
}

export const DEFAULT_LINKS = {
  // Since Delve's retirement, people update their profile from their profile card on Microsoft365.com.
  editProfileUrl: 'https://www.microsoft365.com/',
  // The two articles Microsoft's own guidance links (DOMAIN.md): profile picture synchronization in
  // Microsoft 365, and user profile synchronization in SharePoint Online.
  photoHelpUrl: 'https://go.microsoft.com/fwlink/?linkid=2022634',
  propertyHelpUrl: 'https://go.microsoft.com/fwlink/?linkid=2022639'
};

export const DEFAULT_CACHE_LIFETIME_MINUTES = 60;

export function cacheLifetimeMinutes(properties: Pick<IProfileSyncWebPartProps, 'cacheLifetimeMinutes'>): number {
  const minutes = properties.cacheLifetimeMinutes;
  return typeof minutes === 'number' && isFinite(minutes) && minutes >= 0 ? minutes : DEFAULT_CACHE_LIFETIME_MINUTES;
}

export function compareKey(field: string): string {
  return `compare_${field}`;
}

/** The Graph fields the site owner left switched on, in the core's order. */
export function fieldsToCompare(properties: IProfileSyncWebPartProps): string[] {
  return COMPARED_FIELDS.filter((field) => properties[compareKey(field)] !== false);
}

/** A link setting, or our default when the site owner left it empty. */
export function linkOrDefault(value: string | undefined, fallback: string): string {
  return value && value.trim() ? value.trim() : fallback;
}

/** The learn-more and edit-profile links the page shows: the site owner's, else ours. */
export function helpLinks(properties: Partial<Pick<IProfileSyncWebPartProps, 'editProfileUrl' | 'photoHelpUrl' | 'propertyHelpUrl'>>): {
  editProfile: string; photoHelp: string; propertyHelp: string;
} {
  return {
    editProfile: linkOrDefault(properties.editProfileUrl, DEFAULT_LINKS.editProfileUrl),
    photoHelp: linkOrDefault(properties.photoHelpUrl, DEFAULT_LINKS.photoHelpUrl),
    propertyHelp: linkOrDefault(properties.propertyHelpUrl, DEFAULT_LINKS.propertyHelpUrl)
  };
}

/** Which view the web part shows: "My profile" unless the site owner chose the organisation view. */
export type WebPartView = 'my-profile' | 'organisation';

export function viewOf(properties: Pick<IProfileSyncWebPartProps, 'view'>): WebPartView {
  return properties.view === 'organisation' ? 'organisation' : 'my-profile';
}

// An Entra object id: what Graph's /groups/{id} takes.
const OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGroupId(value: string | undefined): boolean {
  return !!value && OBJECT_ID.test(value.trim());
}

/**
 * Who the organisation view scans and what it compares. A group chosen with an id that is not one
 * scans no group ('' : Graph then says there is no such group), never everyone when one group was
 * asked for, and never a path built from whatever was typed.
 */
export function scanSettings(properties: IProfileSyncWebPartProps): ScanSettings {
  return {
    scope: properties.scope === 'group'
      ? { kind: 'group', groupId: isGroupId(properties.groupId) ? (properties.groupId || '').trim().toLowerCase() : '' }
      : { kind: 'everyone' },
    includeGuests: properties.includeGuests === true,
    includeDisabled: properties.includeDisabled === true,
    fields: fieldsToCompare(properties)
  };
}
