// The shapes the rest of the web part sees. Raw REST and Graph bodies stop at the readers
// (sharePointProfile.ts, graphUser.ts, graphPhoto.ts); everything past them uses these types.
import type { PhotoMatch } from '../pixels/types';

export interface DiagnoseInput {
  /** Body of GetMyProperties, in any of the three OData flavours. */
  sharePointProfile: unknown;
  /** Body of GET /v1.0/me. */
  graphUser: unknown;
  /** Body of GET /v1.0/me/photo; null when Graph answered 404. */
  graphPhoto: unknown | null;
  /** Outcome of comparing the pixels of the two photos, when a comparison was made. */
  photoMatch?: PhotoMatch;
  /**
   * True when Graph says there is a photo but its bytes could not be decoded as an image (a damaged
   * Microsoft 365 photo). Leave it out when the bytes could not be fetched: that is not known to be damage.
   */
  microsoft365PhotoNotAnImage?: boolean;
  /** Graph field names to compare (site owners choose them); all of COMPARED_FIELDS when absent. */
  fields?: readonly string[];
  /**
   * True when only photo presence was read (the organisation scan compares no pixels): a photo on
   * both sides then says nothing, rather than "could not compare" for everyone.
   */
  photoPresenceOnly?: boolean;
}

export type FindingCode =
  | 'photo-missing-in-sharepoint'
  | 'photo-missing-in-microsoft365'
  | 'photo-differs'
  | 'photo-damaged-in-microsoft365'
  | 'photo-unverified'
  | 'photo-sync-pending'
  | 'property-differs'
  | 'property-not-synced';

/** A warning is something a sync should fix; info is worth knowing but not a sync problem. */
export type Severity = 'warning' | 'info';

// Outside tests deep-compare findings: keys whose value would be undefined are left out.
export interface Finding {
  code: FindingCode;
  /** The Graph field name, for property findings. */
  field?: string;
  sharePointValue?: string;
  microsoft365Value?: string;
  /**
   * For photo-unverified when Microsoft Graph could not tell whether there is a photo: Graph's code
   * and message (e.g. "MailboxNotEnabledForRESTAPI: ..."). Absent when the pixels could not be compared.
   */
  reason?: string;
  severity: Severity;
}

export interface Diagnosis {
  status: 'in-sync' | 'out-of-sync';
  findings: Finding[];
}

/** Our own reading of GetMyProperties (SP.UserProfiles.PersonProperties). Empty means ''. */
export interface SharePointProfile {
  accountName: string;
  displayName: string;
  email: string;
  userPrincipalName: string;
  /** Key/value PictureURL; the top-level PictureUrl only when that key is absent. */
  pictureUrl: string;
  /** SPS-PictureTimestamp, or ''. See pictureTimestamp.ts. */
  pictureTimestamp: string;
  /** SPS-PicturePlaceholderState: '0' means a real photo is set. */
  placeholderState: string;
  /** SPS-PictureExchangeSyncState: '1' means the photo comes from Exchange. */
  exchangeSyncState: string;
  personalUrl: string;
  /** The top-level Title field (the job title), which may be null in the body. */
  title: string;
  /** Every UserProfileProperties entry by Key; null values become ''. */
  properties: Record<string, string>;
}

/** Our own reading of GET /v1.0/me. Null and missing fields become '' (or [] for businessPhones). */
export interface GraphUser {
  id: string;
  userPrincipalName: string;
  displayName: string;
  givenName: string;
  surname: string;
  jobTitle: string;
  department: string;
  officeLocation: string;
  businessPhones: string[];
  mail: string;
  mobilePhone: string;
}

/** Metadata of a real Microsoft 365 photo (GET /me/photo). */
export interface GraphPhoto {
  contentType: string;
  /** @odata.mediaEtag: changes when the photo changes, so callers can cache by it. */
  etag: string;
  width: number;
  height: number;
}

/** What GET /me/photo says: a photo, no photo, or that Graph could not tell (with its reason). */
export type GraphPhotoState =
  | { kind: 'photo'; photo: GraphPhoto }
  | { kind: 'none' }
  | { kind: 'unknown'; reason: string };

export interface PhotoPresence {
  inSharePoint: boolean;
  inMicrosoft365: boolean;
}

/** How values of a field are compared (see sameValue.ts). */
export type ValueKind = 'text' | 'email' | 'phone';

export interface PropertyMapping {
  /** The Graph /me field name. */
  field: string;
  /** UserProfileProperties keys, in order of preference: the first non-empty one is used. */
  sharePointKeys: string[];
  /** false when Microsoft does not sync the field from Entra ID to the user profile. */
  synced: boolean;
  kind: ValueKind;
  /** A top-level PersonProperties field read when every key above is empty. */
  topLevelFallback?: 'Title';
}

/**
 * One compared property as far as it could be read: a side that did not answer has no value
 * (undefined, "couldn't read"), and then nothing is said about whether the two are equal.
 * A PropertyComparison is one whose both sides answered.
 */
export interface PropertyReading {
  field: string;
  sharePointKey: string;
  sharePointValue: string | undefined;
  microsoft365Value: string | undefined;
  synced: boolean;
  equal: boolean | undefined;
}

export interface PropertyComparison {
  field: string;
  /** The UserProfileProperties key actually used ('Title' also names the top-level Title field). */
  sharePointKey: string;
  /** Trimmed, as the user would read it; '' when empty. */
  sharePointValue: string;
  microsoft365Value: string;
  synced: boolean;
  equal: boolean;
}
