import * as React from 'react';
import * as strings from 'ProfileSyncWebPartStrings';
import { getTheme, ITheme } from '@fluentui/react/lib/Styling';
import { ActionButton } from './ActionButton';
import { CopyDetails } from './CopyDetails';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import { pictureTimestampToDate } from '../../../profile';
import { ProfileCheck } from '../../../check/types';
import type { IPhotoSync } from '../../../sync/types';
import { fillTemplate } from './fillTemplate';
import { FindingList } from './FindingList';
import { formatDate } from './formatDate';
import { HelpLinks, IHelpLinks } from './HelpLinks';
import { PhotoComparison } from './PhotoComparison';
import { PhotoSyncPanel } from './PhotoSyncPanel';
import { PropertyTable } from './PropertyTable';
import { ProfileSyncClassNames } from './styles';

export interface IProfileSyncDetailsProps {
  check: ProfileCheck;
  running: boolean;
  runAgain(): void;
  photoSync?: IPhotoSync;
  links: IHelpLinks;
  locale: string;
  allowedOrigins: readonly string[];
  classNames: ProfileSyncClassNames;
  /** The section's (or Teams') theme, for the Fluent UI controls too. */
  theme?: ITheme;
  openLink?: (url: string) => void;
  /** The web part's version, for the helpdesk report. */
  version: string;
}

const FIXABLE_BY_PHOTO_SYNC = ['photo-missing-in-sharepoint', 'photo-differs', 'photo-unverified'];

/** Offer the photo sync when the photo is missing in SharePoint, differs or could not be verified, and Microsoft 365 has one. */
export function photoSyncOffered(check: ProfileCheck | undefined): boolean {
  return !!check && check.kind === 'complete' && check.photos.microsoft365 !== undefined &&
    check.diagnosis.findings.some((finding) => FIXABLE_BY_PHOTO_SYNC.indexOf(finding.code) >= 0);
}

/**
 * Everything under the verdict: the photo sync, the findings, both photos, the table, the links.
 * Loaded on demand (its own chunk), so the verdict does not wait for this script.
 */
export default function ProfileSyncDetails(props: IProfileSyncDetailsProps): JSX.Element {
  const { check, running, classNames } = props;
  const updated = check.kind !== 'failed' && check.sharePoint && check.photos.sharePoint
    ? pictureTimestampToDate(check.sharePoint.pictureTimestamp) : undefined;
  const details = (
    <>
      {props.photoSync && (
        <PhotoSyncPanel photoSync={props.photoSync} offered={photoSyncOffered(check)} onFinished={props.runAgain} classNames={classNames} theme={props.theme || getTheme()} />
      )}
      {check.kind === 'complete' && <FindingList findings={check.diagnosis.findings} classNames={classNames} />}
      {check.kind !== 'failed' && (
        <PhotoComparison sharePoint={check.photos.sharePoint} microsoft365={check.photos.microsoft365}
          match={check.kind === 'complete' ? check.photoMatch : undefined}
          updatedNote={updated ? fillTemplate(strings.PhotoUpdatedAt, formatDate(updated, props.locale)) : undefined}
          allowedOrigins={props.allowedOrigins} classNames={classNames} />
      )}
      {check.kind === 'complete' && <PropertyTable rows={check.properties} classNames={classNames} />}
      <div className={classNames.footer}>
        <span className={classNames.checkedAt}>{fillTemplate(strings.CheckedAt, formatDate(check.checkedAt, props.locale))}</span>
        <ActionButton onClick={props.runAgain} disabled={running} action="check-again" theme={props.theme || getTheme()}>
          {running ? strings.Checking : strings.CheckAgain}
        </ActionButton>
        <CopyDetails check={check} version={props.version} locale={props.locale} theme={props.theme || getTheme()} classNames={classNames} />
      </div>
      <HelpLinks links={props.links} openLink={props.openLink} classNames={classNames} />
    </>
  );
  return props.theme ? <ThemeProvider theme={props.theme} applyTo="none">{details}</ThemeProvider> : details;
}
