import * as strings from 'ProfileSyncWebPartStrings';
import type { Finding, FindingCode } from '../../../../profile';
import { fieldName } from '../../text/fieldLabel';
import { fillTemplate } from '../../text/fillTemplate';

export interface FindingText { title: string; body: string; action?: string }

interface FindingPresentation {
  text(finding: Finding): FindingText;
  /** Property findings show both values; photo findings have the photos section for that. */
  showsValues: boolean;
}

function fieldOf(finding: Finding): string {
  return fieldName(finding.field || '');
}

// One entry per finding code: a new code does not compile until someone writes what the page says.
export const FINDING_PRESENTATION: Record<FindingCode, FindingPresentation> = {
  'photo-missing-in-sharepoint': {
    text: () => ({ title: strings.PhotoMissingInSharePointTitle, body: strings.PhotoMissingInSharePointBody, action: strings.PhotoSyncAction }),
    showsValues: false
  },
  'photo-differs': {
    text: () => ({ title: strings.PhotoDiffersTitle, body: strings.PhotoDiffersBody, action: strings.PhotoSyncAction }),
    showsValues: false
  },
  'photo-missing-in-microsoft365': {
    text: () => ({
      title: strings.PhotoMissingInMicrosoft365Title, body: strings.PhotoMissingInMicrosoft365Body, action: strings.PhotoMissingInMicrosoft365Action
    }),
    showsValues: false
  },
  // Nothing here can fix it (no sync button): the photo must be set again in Microsoft 365.
  'photo-damaged-in-microsoft365': {
    text: () => ({
      title: strings.PhotoDamagedInMicrosoft365Title, body: strings.PhotoDamagedInMicrosoft365Body, action: strings.PhotoDamagedInMicrosoft365Action
    }),
    showsValues: false
  },
  // With a reason, Graph could not tell whether there is a photo; without, the pixels could not be compared.
  'photo-unverified': {
    text: (finding) => finding.reason
      ? { title: strings.PhotoUnknownInMicrosoft365Title, body: fillTemplate(strings.PhotoUnknownInMicrosoft365Body, finding.reason) }
      : { title: strings.PhotoUnverifiedTitle, body: strings.PhotoUnverifiedBody },
    showsValues: false
  },
  // No action while pending: the button is gone and sending the photo again would change nothing.
  // As a warning it has waited its day (see src/check/photoSyncPending.ts) and says what to try.
  'photo-sync-pending': {
    text: (finding) => (finding.severity === 'warning'
      ? { title: strings.PhotoSyncOverdueTitle, body: strings.PhotoSyncOverdueBody }
      : { title: strings.PhotoSyncPendingTitle, body: strings.PhotoSyncPendingBody }),
    showsValues: false
  },
  'property-not-synced': {
    text: (finding) => ({
      title: fillTemplate(strings.PropertyNotSyncedTitle, fieldOf(finding)), body: strings.PropertyNotSyncedBody, action: strings.PropertyNotSyncedAction
    }),
    showsValues: true
  },
  // The long explanation is said once below the list (see FindingList), not once per property.
  'property-differs': {
    text: (finding) => ({ title: fillTemplate(strings.PropertyDiffersTitle, fieldOf(finding)), body: strings.PropertyDiffersShort }),
    showsValues: true
  }
};
