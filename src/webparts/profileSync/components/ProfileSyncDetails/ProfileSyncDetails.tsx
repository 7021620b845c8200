import * as React from 'react';
import * as strings from 'ProfileSyncWebPartStrings';
import { getTheme, ITheme } from '@fluentui/react/lib/Styling';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import type { ProfileCheck } from '../../../../check';
import { pictureTimestampToDate, readProperties } from '../../../../profile';
import type { PropertyReading } from '../../../../profile';
import type { IPhotoSync } from '../../../../sync';
// By its path: src/sync/index.ts is the photo sync's own lazily loaded chunk.
import { photoSyncOffered } from '../../../../sync/photoSyncOffered';
import { fillTemplate } from '../../text/fillTemplate';
import { formatDate } from '../../text/formatDate';
import { ActionButton } from '../ActionButton';
import { CopyDetails } from '../CopyDetails';
import { FindingList } from '../FindingList';
import { HelpLinks, IHelpLinks } from '../HelpLinks';
import { PhotoComparison } from '../PhotoComparison';
import { PhotoSyncPanel } from '../PhotoSyncPanel';
import { PropertyTable } from '../PropertyTable';
import { getClassNames } from './ProfileSyncDetails.styles';

export interface IProfileSyncDetailsProps {
  check: ProfileCheck;
  running: boolean;
  runAgain(): void;
  photoSync?: IPhotoSync;
  /** A sync has ended and the re-check has not: its outcome stands in the verdict's place. */
  photoSyncAwaitingCheck?: boolean;
  links: IHelpLinks;
  locale: string;
  allowedOrigins: readonly string[];
  /** The section's (or Teams') theme, for the Fluent UI controls too; the default theme when absent. */
  theme?: ITheme;
  openLink?: (url: string) => void;
  /** The web part's version, for the helpdesk report. */
  version: string;
}

/**
 * Everything under the verdict: the photo sync, the findings, both photos, the table, the links.
 * Loaded on demand (its own chunk), so the verdict does not wait for this script.
 */
/** Both sides compared, or when one side failed, every value the other side answered. */
function propertyRows(check: ProfileCheck): readonly PropertyReading[] {
  if (check.kind === 'complete') return check.properties;
  if (check.kind === 'partial') return readProperties(check.sharePoint, check.graphUser, check.fields);
  return [];
}

/** The name Microsoft 365 shows for the user (SharePoint's when Graph did not answer), for the initials. */
function displayNameOf(check: ProfileCheck): string {
  if (check.kind === 'failed') return '';
  return (check.graphUser && check.graphUser.displayName) || (check.sharePoint && check.sharePoint.displayName) || '';
}

export default function ProfileSyncDetails(props: IProfileSyncDetailsProps): JSX.Element {
  const { check, running } = props;
  const theme = props.theme || getTheme();
  const classNames = getClassNames(theme);
  const updated = check.kind !== 'failed' && check.sharePoint && check.photos.sharePoint
    ? pictureTimestampToDate(check.sharePoint.pictureTimestamp) : undefined;
  const details = (
    <>
      {props.photoSync && (
        <PhotoSyncPanel photoSync={props.photoSync} offered={photoSyncOffered(check)} onFinished={props.runAgain}
          awaitingCheck={props.photoSyncAwaitingCheck} theme={theme} />
      )}
      {check.kind === 'complete' && <FindingList findings={check.diagnosis.findings} theme={theme} />}
      {check.kind !== 'failed' && (
        <PhotoComparison sharePoint={check.photos.sharePoint} microsoft365={check.photos.microsoft365}
          match={check.kind === 'complete' ? check.photoMatch : undefined}
          displayName={displayNameOf(check)}
          updatedNote={updated ? fillTemplate(strings.PhotoUpdatedAt, formatDate(updated, props.locale)) : undefined}
          allowedOrigins={props.allowedOrigins} theme={theme} />
      )}
      <PropertyTable rows={propertyRows(check)} theme={theme} />
      <div className={classNames.footer}>
        <span className={classNames.checkedAt}>{fillTemplate(strings.CheckedAt, formatDate(check.checkedAt, props.locale))}</span>
        <ActionButton onClick={props.runAgain} disabled={running} action="check-again" theme={theme}>
          {running ? strings.Checking : strings.CheckAgain}
        </ActionButton>
        <CopyDetails check={check} version={props.version} locale={props.locale} theme={theme}
          photoSync={props.photoSync} allowedOrigins={props.allowedOrigins} />
      </div>
      <HelpLinks links={props.links} openLink={props.openLink} theme={theme} />
    </>
  );
  return props.theme ? <ThemeProvider theme={props.theme} applyTo="none">{details}</ThemeProvider> : details;
}
