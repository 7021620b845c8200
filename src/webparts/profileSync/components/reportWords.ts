import * as strings from 'ProfileSyncWebPartStrings';
import { COMPARED_FIELDS } from '../../../profile';
import type { HelpdeskReportWords } from '../../../report';
import { fieldLabel } from './fieldLabel';

/** The helpdesk report's words, from loc/ (keys `Report<Word>`). */
export function reportWords(): HelpdeskReportWords {
  const all = strings as unknown as Record<string, string>;
  const word = (name: string): string => all[`Report${name[0].toUpperCase()}${name.slice(1)}`];
  const fieldLabels: Record<string, string> = {};
  COMPARED_FIELDS.forEach((field) => { fieldLabels[field] = fieldLabel(field); });
  return {
    title: word('title'), verdict: word('verdict'), verdictInSync: word('verdictInSync'), verdictOutOfSync: word('verdictOutOfSync'),
    verdictError: word('verdictError'), compared: word('compared'), comparedSides: word('comparedSides'),
    sharePointProfile: word('sharePointProfile'), microsoft365Profile: word('microsoft365Profile'), fields: word('fields'),
    account: word('account'), findings: word('findings'), noFindings: word('noFindings'), sharePointValue: word('sharePointValue'),
    microsoft365Value: word('microsoft365Value'), emptyValue: word('emptyValue'), sharePointPhoto: word('sharePointPhoto'),
    microsoft365Photo: word('microsoft365Photo'), photoPresent: word('photoPresent'), photoAbsent: word('photoAbsent'),
    notRead: word('notRead'), photoComparison: word('photoComparison'), photoSame: word('photoSame'),
    photoDifferent: word('photoDifferent'), photoUnverified: word('photoUnverified'), photoNotCompared: word('photoNotCompared'),
    failures: word('failures'), checkedAt: word('checkedAt'), reportedAt: word('reportedAt'), version: word('version'),
    page: word('page'), fieldLabels
  };
}
