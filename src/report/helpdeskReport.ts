import { Finding, GraphUser, photoPresenceOf, pictureTimestampToDate, SharePointProfile } from '../profile';
import type { CompleteCheck, PartialCheck, PhotoMatch, PhotoView, ProfileCheck } from '../check';
import { HelpdeskReportContext, HelpdeskReportWords } from './types';
import { failureLines } from './failureLines';
import { photoSyncLines } from './photoSyncLines';
import { fill, INDENT, labelled, moment, quoted, quotedUrl } from './reportFormat';
import { reportValue } from './reportValue';

// What the user pastes into a helpdesk ticket ("Copy details"): what was compared, the verdict and
// why, the photo state SharePoint records, what failed (with the services' own codes and request
// ids), the last photo sync, when, and where. Every value from a profile, an error or the page goes
// through reportValue (no tokens, digests or photo bytes, one line each) and is written as a JSON
// string; an address that is not safe to follow is not written at all.

// Endpoint names are identifiers, the same in every language (docs/DOMAIN.md).
const SHAREPOINT_SOURCE = 'SP.UserProfiles.PeopleManager/GetMyProperties';
const MICROSOFT_365_SOURCE = 'Microsoft Graph /v1.0/me, /v1.0/me/photo';
/** A short plain-text report of one check, safe to paste into a ticket. Never throws on odd input. */
export function helpdeskReport(check: ProfileCheck, context: HelpdeskReportContext): string {
  const { words, locale } = context;
  let lines: string[] = [
    words.title,
    labelled(words.verdict, verdictOf(check, words)),
    labelled(
      words.compared,
      fill(words.comparedSides, `${words.sharePointProfile} (${SHAREPOINT_SOURCE})`, `${words.microsoft365Profile} (${MICROSOFT_365_SOURCE})`)
    )
  ];
  lines = lines.concat(fieldLines(check, context.fields, words));
  if (check.kind !== 'failed') {
    lines = lines.concat(accountLines(check.sharePoint, check.graphUser, words));
  }
  if (check.kind === 'complete') lines = lines.concat(findingLines(check, words));
  if (check.kind !== 'failed') {
    lines = lines
      .concat(sharePointPhotoLines(check.sharePoint, words, locale, context.allowedOrigins))
      .concat(labelled(words.microsoft365Photo, microsoft365PhotoState(check, words)));
  }
  if (check.kind === 'complete') lines.push(labelled(words.photoComparison, photoMatchText(check.photoMatch, words)));
  if (check.kind !== 'complete') lines = lines.concat(failureLines(check.failures, words));
  if (context.photoSync) lines = lines.concat(photoSyncLines(context.photoSync, words, locale));
  lines.push(labelled(words.checkedAt, moment(check.checkedAt, locale)));
  lines.push(labelled(words.reportedAt, moment(context.now, locale)));
  lines.push(labelled(words.version, reportValue(String(context.version))));
  if (context.pageUrl) lines.push(labelled(words.page, quotedUrl(context.pageUrl, words, context.allowedOrigins)));
  return lines.join('\n');
}

function verdictOf(check: ProfileCheck, words: HelpdeskReportWords): string {
  if (check.kind !== 'complete') return `${words.verdictError} (${check.kind})`;
  const status = check.diagnosis.status;
  return `${status === 'in-sync' ? words.verdictInSync : words.verdictOutOfSync} (${status})`;
}

// A complete check says which fields it compared; otherwise the web part's setting does, when given.
function fieldLines(check: ProfileCheck, configured: readonly string[] | undefined, words: HelpdeskReportWords): string[] {
  const fields = check.kind === 'complete' ? check.properties.map((row) => row.field) : configured;
  if (!fields) return [];
  const names = fields.map((field) => fieldName(field, words)).join(', ');
  return [labelled(words.fields, names || words.emptyValue)];
}

function accountLines(sharePoint: SharePointProfile | undefined, user: GraphUser | undefined, words: HelpdeskReportWords): string[] {
  const inSharePoint = sharePoint ? sharePoint.userPrincipalName || sharePoint.accountName : '';
  const inMicrosoft365 = user ? user.userPrincipalName : '';
  if (!inSharePoint && !inMicrosoft365) return [];
  // Two different accounts would mean SharePoint shows someone else's (or an old) profile: worth saying.
  const differ = inSharePoint && inMicrosoft365 && inSharePoint.toLowerCase() !== inMicrosoft365.toLowerCase();
  const text = differ
    ? `${quoted(inSharePoint, words)} (${words.sharePointProfile}), ${quoted(inMicrosoft365, words)} (${words.microsoft365Profile})`
    : quoted(inSharePoint || inMicrosoft365, words);
  return [labelled(words.account, text)];
}

function findingLines(check: CompleteCheck, words: HelpdeskReportWords): string[] {
  const findings = check.diagnosis.findings;
  if (findings.length === 0) return [labelled(words.findings, words.noFindings)];
  let lines = [`${words.findings} (${findings.length}):`];
  findings.forEach((finding) => {
    lines = lines.concat(findingDetail(finding, check, words));
  });
  return lines;
}

function findingDetail(finding: Finding, check: CompleteCheck, words: HelpdeskReportWords): string[] {
  const code = reportValue(String(finding.code));
  // Graph's own code and message, when it could not tell about the photo: what an agent escalates with.
  if (finding.field === undefined) return finding.reason ? [`- ${code}: ${quoted(finding.reason, words)}`] : [`- ${code}`];
  const row = check.properties.filter((candidate) => candidate.field === finding.field)[0];
  const sharePointKey = row ? ` (${reportValue(row.sharePointKey)})` : '';
  return [
    `- ${code}: ${fieldName(finding.field, words)}`,
    `${INDENT}${words.sharePointValue}${sharePointKey}: ${quoted(finding.sharePointValue, words)}`,
    `${INDENT}${words.microsoft365Value}: ${quoted(finding.microsoft365Value, words)}`
  ];
}

function sharePointPhotoLines(profile: SharePointProfile | undefined, words: HelpdeskReportWords, locale: string,
  allowedOrigins: readonly string[] | undefined): string[] {
  if (!profile) return [labelled(words.sharePointPhoto, words.notRead)];
  const hasPhoto = photoPresenceOf(profile, null).inSharePoint;
  const date = pictureTimestampToDate(profile.pictureTimestamp);
  const timestamp = quoted(profile.pictureTimestamp, words) + (date ? ` = ${moment(date, locale)}` : '');
  return [
    labelled(words.sharePointPhoto, hasPhoto ? words.photoPresent : words.photoAbsent),
    // The user's own photo address is fine to share (its ?t= cache-buster is not needed); a
    // javascript: or data: one is not pasted anywhere.
    `${INDENT}PictureURL: ${quotedUrl(profile.pictureUrl, words, allowedOrigins)}`,
    `${INDENT}SPS-PicturePlaceholderState: ${quoted(profile.placeholderState, words)}`,
    `${INDENT}SPS-PictureExchangeSyncState: ${quoted(profile.exchangeSyncState, words)}`,
    `${INDENT}SPS-PictureTimestamp: ${timestamp}`
  ];
}

// As the checker builds them: no view means "no photo", an empty view means the side did not answer.
function microsoft365PhotoState(check: CompleteCheck | PartialCheck, words: HelpdeskReportWords): string {
  const view = check.photos.microsoft365;
  if (check.kind === 'partial' && (!check.graphUser || (view !== undefined && isEmptyView(view)))) return words.notRead;
  return view ? words.photoPresent : words.photoAbsent;
}

function isEmptyView(view: PhotoView): boolean {
  return !view.blob && !view.url && !view.fingerprint && view.validator === undefined;
}

function photoMatchText(match: PhotoMatch | undefined, words: HelpdeskReportWords): string {
  switch (match) {
    case 'same':
      return `${words.photoSame} (same)`;
    case 'different':
      return `${words.photoDifferent} (different)`;
    case 'unknown':
      return `${words.photoUnverified} (unknown)`;
    default:
      return `${words.photoNotCompared} (-)`;
  }
}

/** "jobTitle (Job title)": the Graph name for the helpdesk, the page's label for the user. */
function fieldName(field: string, words: HelpdeskReportWords): string {
  const labels = words.fieldLabels;
  const label = labels && Object.prototype.hasOwnProperty.call(labels, field) ? labels[field] : undefined;
  const name = reportValue(String(field));
  return typeof label === 'string' && label !== '' ? `${name} (${label})` : name;
}
