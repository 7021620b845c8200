import type { PhotoSyncState } from '../sync';

/**
 * The words of the helpdesk report, in the page's language (they live in loc/). Identifiers stay
 * as they are in every language: finding codes, Graph field names, SharePoint property names,
 * endpoint names and failure kinds, so a helpdesk can read a report written in any language.
 * Templates take {0}, {1}.
 */
export interface HelpdeskReportWords {
  /** First line, e.g. "Profile sync: details for the helpdesk". */
  title: string;
  verdict: string;
  verdictInSync: string;
  verdictOutOfSync: string;
  /** No verdict: one or both profiles could not be read. */
  verdictError: string;
  compared: string;
  /** "{0} with {1}": {0} the SharePoint side, {1} the Microsoft 365 side. */
  comparedSides: string;
  sharePointProfile: string;
  microsoft365Profile: string;
  fields: string;
  account: string;
  findings: string;
  noFindings: string;
  sharePointValue: string;
  microsoft365Value: string;
  emptyValue: string;
  sharePointPhoto: string;
  microsoft365Photo: string;
  photoPresent: string;
  photoAbsent: string;
  /** A side that did not answer: its photo is unknown, not absent. */
  notRead: string;
  photoComparison: string;
  photoSame: string;
  photoDifferent: string;
  photoUnverified: string;
  /** No pixel comparison because a side has no photo. */
  photoNotCompared: string;
  failures: string;
  checkedAt: string;
  reportedAt: string;
  version: string;
  page: string;
  /** Stands in for an address that is not safe to follow (javascript:, data:…), e.g. "unsafe address, not shown". */
  unsafeUrl: string;
  /** "Photo sync on this page": the last "Sync my photo" and what became of it. */
  photoSync: string;
  photoSyncNone: string;
  photoSyncRunning: string;
  photoSyncVerified: string;
  photoSyncAccepted: string;
  photoSyncFailed: string;
  /** Nothing sent: SharePoint already took this photo and is catching up. */
  photoSyncAlreadySent: string;
  photoSyncPhotoSent: string;
  photoSyncNothingSent: string;
  /** "{0} bytes sent". */
  photoSyncBytesSent: string;
  /** "made smaller from {0} to {1} bytes and sent". */
  photoSyncShrunk: string;
  /** "the Microsoft 365 photo is {0} bytes". */
  photoSyncMicrosoft365Bytes: string;
  /** When SharePoint took the photo, for an earlier sync it is still catching up with. */
  photoSyncSentEarlier: string;
  photoSyncEnded: string;
  /** Graph field name -> the label the page shows for it. */
  fieldLabels?: Readonly<Record<string, string>>;
}

export interface HelpdeskReportContext {
  /** The web part's version (from its manifest). */
  version: string;
  /** The page's language, for dates (BCP 47, e.g. "nb-NO"). */
  locale: string;
  /** When the report is made. */
  now: Date;
  /** The page the web part is on; its query string and fragment are left out. */
  pageUrl?: string;
  /** The Graph fields the web part compares; only needed to list them when no complete check did. */
  fields?: readonly string[];
  words: HelpdeskReportWords;
  /** The photo sync of this page as it stands; absent where there is none (a preview). */
  photoSync?: PhotoSyncState;
  /** Origins besides https that addresses may have (the local fake tenant's own). */
  allowedOrigins?: readonly string[];
}
