import * as React from 'react';
import * as strings from 'ProfileSyncWebPartStrings';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { getTheme, ITheme } from '@fluentui/react/lib/Styling';
import { pictureTimestampToDate } from '../../../profile';
import { ProfileCheck } from '../../../check/types';
import { SourceError } from '../../../sources/SourceError';
import { failureText } from './failureText';
import { fillTemplate } from './fillTemplate';
import { FindingList } from './FindingList';
import { HelpLinks, IHelpLinks } from './HelpLinks';
import { PhotoComparison } from './PhotoComparison';
import { PhotoSyncPanel } from './PhotoSyncPanel';
import type { IPhotoSync } from '../../../sync/types';
import { PropertyTable } from './PropertyTable';
import { StatusBanner } from './StatusBanner';
import { profileSyncClassNames, ProfileSyncClassNames } from './styles';
import { useProfileCheck } from './useProfileCheck';
import { Verdict } from './Verdict';

export interface IProfileSyncProps {
  title: string;
  /** The one service: reads both profiles and compares them. */
  runCheck: () => Promise<ProfileCheck>;
  showOnlyWhenDifferent: boolean;
  /** Site owners editing the page always see the web part. */
  isEditMode: boolean;
  links: IHelpLinks;
  /** The page's language, for dates (e.g. "nb-NO"). */
  locale: string;
  /** Origins besides https: that may serve photos (the local fake tenant). */
  allowedOrigins?: readonly string[];
  theme?: ITheme;
  /** "Sync my photo"; without it the page only explains. */
  photoSync?: IPhotoSync;
}

const FIXABLE_BY_PHOTO_SYNC = ['photo-missing-in-sharepoint', 'photo-differs', 'photo-unverified'];

/** Offer the photo sync when the photo is missing in SharePoint, differs or could not be verified, and Microsoft 365 has one. */
export function photoSyncOffered(check: ProfileCheck | undefined): boolean {
  return !!check && check.kind === 'complete' && check.photos.microsoft365 !== undefined &&
    check.diagnosis.findings.some((finding) => FIXABLE_BY_PHOTO_SYNC.indexOf(finding.code) >= 0);
}

type Status = 'loading' | 'in-sync' | 'out-of-sync' | 'error';

function statusOf(check: ProfileCheck | undefined, running: boolean): Status {
  if (!check) return running ? 'loading' : 'error';
  return check.kind === 'complete' ? check.diagnosis.status : 'error';
}

function formatDate(date: Date, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' } as Intl.DateTimeFormatOptions).format(date);
  } catch {
    return date.toLocaleString();
  }
}

function Failures(props: { failures: readonly SourceError[]; partial: boolean; classNames: ProfileSyncClassNames }): JSX.Element {
  return (
    <StatusBanner kind="error" classNames={props.classNames}>
      <strong data-verdict="">{strings.VerdictError}</strong>
      {props.failures.map((failure) => <p key={failure.source} data-failure={failure.source} data-kind={failure.kind}>{failureText(failure)}</p>)}
      {props.partial && <p>{strings.PartialShown}</p>}
    </StatusBanner>
  );
}

export default function ProfileSync(props: IProfileSyncProps): JSX.Element {
  const { check, running, completed, runAgain } = useProfileCheck(props.runCheck);
  const classNames = React.useMemo(() => profileSyncClassNames(props.theme || getTheme()), [props.theme]);
  const status = statusOf(check, running);
  const allowedOrigins = props.allowedOrigins || [];

  const syncShown = !!props.photoSync && props.photoSync.state.status !== 'idle';
  if (props.showOnlyWhenDifferent && !props.isEditMode && status === 'in-sync' && !syncShown) {
    // Readers see nothing while all is well; the hooks stay for monitoring and tests.
    return <section data-profile-sync="" data-status={status} data-checks={completed} hidden={true} />;
  }

  const updated = check && check.kind !== 'failed' && check.sharePoint && check.photos.sharePoint ? pictureTimestampToDate(check.sharePoint.pictureTimestamp) : undefined;
  return (
    <section className={classNames.root} data-profile-sync="" data-status={status} data-checks={completed} aria-busy={running}>
      <div className={classNames.header}>
        <h2 className={classNames.title}>{props.title || strings.WebPartTitle}</h2>
        {check && (
          <DefaultButton onClick={runAgain} disabled={running} data-action="check-again">
            {running ? strings.Checking : strings.CheckAgain}
          </DefaultButton>
        )}
      </div>
      <div aria-live="polite" aria-atomic="true">
        {status === 'loading' && <Spinner size={SpinnerSize.medium} label={strings.Loading} labelPosition="right" />}
        {check && check.kind === 'complete' && <Verdict diagnosis={check.diagnosis} classNames={classNames} />}
        {check && check.kind !== 'complete' && <Failures failures={check.failures} partial={check.kind === 'partial'} classNames={classNames} />}
        {!check && !running && <Failures failures={[]} partial={false} classNames={classNames} />}
      </div>
      {props.photoSync && check && (
        <PhotoSyncPanel photoSync={props.photoSync} offered={photoSyncOffered(check)} onFinished={runAgain} classNames={classNames} />
      )}
      {props.showOnlyWhenDifferent && props.isEditMode && status === 'in-sync' && <p>{strings.HiddenInSyncEditNote}</p>}
      {check && check.kind === 'complete' && <FindingList findings={check.diagnosis.findings} classNames={classNames} />}
      {check && check.kind !== 'failed' && (
        <PhotoComparison sharePoint={check.photos.sharePoint} microsoft365={check.photos.microsoft365}
          match={check.kind === 'complete' ? check.photoMatch : undefined}
          updatedNote={updated ? fillTemplate(strings.PhotoUpdatedAt, formatDate(updated, props.locale)) : undefined}
          allowedOrigins={allowedOrigins} classNames={classNames} />
      )}
      {check && check.kind === 'complete' && <PropertyTable rows={check.properties} classNames={classNames} />}
      {check && <p className={classNames.checkedAt}>{fillTemplate(strings.CheckedAt, formatDate(check.checkedAt, props.locale))}</p>}
      <HelpLinks links={props.links} classNames={classNames} />
    </section>
  );
}
