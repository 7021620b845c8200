import * as strings from 'ProfileSyncWebPartStrings';
import { COMPARED_FIELDS } from '../../../profile';
import type { HelpdeskReportWords } from '../../../report';
import { fieldLabel } from './fieldLabel';

/** The helpdesk report's words, from loc/ (keys `Report<Word>`). */
export function reportWords(): HelpdeskReportWords {
  const fieldLabels: Record<string, string> = {};
  COMPARED_FIELDS.forEach((field) => { fieldLabels[field] = fieldLabel(field); });
  return {
    title: strings.ReportTitle,
    verdict: strings.ReportVerdict,
    verdictInSync: strings.ReportVerdictInSync,
    verdictOutOfSync: strings.ReportVerdictOutOfSync,
    verdictError: strings.ReportVerdictError,
    compared: strings.ReportCompared,
    comparedSides: strings.ReportComparedSides,
    sharePointProfile: strings.ReportSharePointProfile,
    microsoft365Profile: strings.ReportMicrosoft365Profile,
    fields: strings.ReportFields,
    account: strings.ReportAccount,
    findings: strings.ReportFindings,
    noFindings: strings.ReportNoFindings,
    sharePointValue: strings.ReportSharePointValue,
    microsoft365Value: strings.ReportMicrosoft365Value,
    emptyValue: strings.ReportEmptyValue,
    sharePointPhoto: strings.ReportSharePointPhoto,
    microsoft365Photo: strings.ReportMicrosoft365Photo,
    photoPresent: strings.ReportPhotoPresent,
    photoAbsent: strings.ReportPhotoAbsent,
    notRead: strings.ReportNotRead,
    photoComparison: strings.ReportPhotoComparison,
    photoSame: strings.ReportPhotoSame,
    photoDifferent: strings.ReportPhotoDifferent,
    photoUnverified: strings.ReportPhotoUnverified,
    photoNotCompared: strings.ReportPhotoNotCompared,
    failures: strings.ReportFailures,
    checkedAt: strings.ReportCheckedAt,
    reportedAt: strings.ReportReportedAt,
    version: strings.ReportVersion,
    page: strings.ReportPage,
    unsafeUrl: strings.ReportUnsafeUrl,
    photoSync: strings.ReportPhotoSync,
    photoSyncNone: strings.ReportPhotoSyncNone,
    photoSyncRunning: strings.ReportPhotoSyncRunning,
    photoSyncVerified: strings.ReportPhotoSyncVerified,
    photoSyncAccepted: strings.ReportPhotoSyncAccepted,
    photoSyncFailed: strings.ReportPhotoSyncFailed,
    photoSyncAlreadySent: strings.ReportPhotoSyncAlreadySent,
    photoSyncPhotoSent: strings.ReportPhotoSyncPhotoSent,
    photoSyncNothingSent: strings.ReportPhotoSyncNothingSent,
    photoSyncBytesSent: strings.ReportPhotoSyncBytesSent,
    photoSyncShrunk: strings.ReportPhotoSyncShrunk,
    photoSyncMicrosoft365Bytes: strings.ReportPhotoSyncMicrosoft365Bytes,
    photoSyncSentEarlier: strings.ReportPhotoSyncSentEarlier,
    photoSyncEnded: strings.ReportPhotoSyncEnded,
    fieldLabels
  };
}
