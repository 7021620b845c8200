import * as React from 'react';
import * as strings from 'ProfileSyncWebPartStrings';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { getTheme, ITheme } from '@fluentui/react/lib/Styling';
import { getId } from '@fluentui/react/lib/Utilities';
import type { ProfileCheck, RunCheck } from '../../../../check';
import type { SourceError } from '../../../../sources';
import type { IPhotoSync } from '../../../../sync';
import { useAfterFirstPaint } from '../../hooks/useAfterFirstPaint';
import { useProfileCheck } from '../../hooks/useProfileCheck';
import { useUserCheckFocus } from '../../hooks/useUserCheckFocus';
import { useVerdictTiming } from '../../hooks/useVerdictTiming';
import { failureText } from '../../text/failureText';
import { serviceWaitText } from '../../text/serviceWaitText';
import type { IHelpLinks } from '../HelpLinks';
import type { IProfileSyncDetailsProps } from '../ProfileSyncDetails';
import { StatusBanner } from '../StatusBanner';
import { Verdict } from '../Verdict';
import { getClassNames } from './ProfileSync.styles';

export interface IProfileSyncProps {
  title: string;
  /** The one service: reads both profiles (or the cache) and compares them. */
  runCheck: RunCheck;
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
  /** In Teams, links open through Teams (in the browser), not inside the tab. */
  openLink?: (url: string) => void;
  /** The web part's version, for the helpdesk report. */
  version?: string;
  /** Set when a site owner previews a state: sample data, said so on the page. */
  previewing?: boolean;
  /** In a Teams tab the tab already shows the title: the heading stays for screen readers only. */
  inTeams?: boolean;
}


type Status = 'loading' | 'in-sync' | 'out-of-sync' | 'error';

function statusOf(check: ProfileCheck | undefined, running: boolean): Status {
  if (!check) return running ? 'loading' : 'error';
  return check.kind === 'complete' ? check.diagnosis.status : 'error';
}

interface IFailuresProps { failures: readonly SourceError[]; partial: boolean; theme: ITheme }

/** A check without a verdict: in the verdict's place, and focusable like it. */
const Failures = React.forwardRef<HTMLDivElement, IFailuresProps>(function Failures(props, ref) {
  return (
    <StatusBanner ref={ref} focusable={true} kind="error" theme={props.theme}>
      <strong data-verdict="">{strings.VerdictError}</strong>
      {props.failures.map((failure) => <p key={failure.source} data-failure={failure.source} data-kind={failure.kind}>{failureText(failure)}</p>)}
      {props.partial && <p>{strings.PartialShown}</p>}
    </StatusBanner>
  );
});

// The details (findings, photos, table, photo sync, Fluent's buttons) are their own chunk.
const loadDetails = (): Promise<typeof import('../ProfileSyncDetails')> => import(/* webpackChunkName: 'profile-sync-details' */ '../ProfileSyncDetails');
const ProfileSyncDetails = React.lazy(loadDetails);

function Details(props: IProfileSyncDetailsProps): JSX.Element {
  return (
    <React.Suspense fallback={null}>
      <ProfileSyncDetails {...props} />
    </React.Suspense>
  );
}

export default function ProfileSync(props: IProfileSyncProps): JSX.Element {
  const { check, running, wait, completed, runAgain } = useProfileCheck(props.runCheck);
  const theme = props.theme || getTheme();
  const classNames = getClassNames(theme);
  const status = statusOf(check, running);
  const [titleId] = React.useState(() => getId('profile-sync-title'));
  // The details' chunk loads while the check's requests are out, so it is there when the details render
  // (in the task after the verdict's first paint). Not for a web part that hides while all is well: it
  // may never show them.
  React.useState(() => { if (!props.showOnlyWhenDifferent || props.isEditMode) loadDetails().catch(() => undefined); return true; });
  useVerdictTiming(status !== 'loading');
  // The verdict is painted before the details first render: their first render (a table, two photos,
  // Fluent's buttons and their styles, the locale's date patterns) held the verdict's first paint back
  // by about 65 ms at LATENCY_MS=100 (a Chromium trace of a cold view). Later checks update both at once.
  const detailsShown = useAfterFirstPaint(!!check);
  const { verdictRef, userCheckRunning, syncAwaitingCheck, checkAgain } = useUserCheckFocus(props.photoSync, runAgain, running, completed);

  const syncShown = !!props.photoSync && props.photoSync.state.status !== 'idle';
  if (props.showOnlyWhenDifferent && !props.isEditMode && status === 'in-sync' && !syncShown) {
    // Readers see nothing while all is well; the hooks stay for monitoring and tests.
    return <section data-profile-sync="" data-status={status} data-checks={completed} hidden={true} />;
  }

  return (
    <section className={classNames.root} data-profile-sync="" data-status={status} data-checks={completed} aria-busy={running} aria-labelledby={titleId}>
      <h2 id={titleId} className={props.inTeams ? classNames.titleHidden : classNames.title}>{props.title || strings.WebPartTitle}</h2>
      {props.previewing && <p className={classNames.previewNote} data-preview="">{strings.PreviewNote}</p>}
      {/* Off while a check the user started runs: its verdict is announced by taking focus, not twice. */}
      <div aria-live={userCheckRunning ? 'off' : 'polite'} aria-atomic="true">
        {status === 'loading' && <Spinner size={SpinnerSize.medium} label={strings.Loading} labelPosition="right" />}
        {/* Until the re-check after a sync, the sync's outcome has the verdict's place: one banner at a time. */}
        {!syncAwaitingCheck && check && check.kind === 'complete' && <Verdict ref={verdictRef} diagnosis={check.diagnosis} theme={theme} />}
        {!syncAwaitingCheck && check && check.kind !== 'complete' && (
          <Failures ref={verdictRef} failures={check.failures} partial={check.kind === 'partial'} theme={theme} />
        )}
        {!check && !running && <Failures ref={verdictRef} failures={[]} partial={false} theme={theme} />}
      </div>
      {/* Apart from the verdict, so a wait is announced during any check. */}
      <div aria-live="polite">
        {running && wait && <p className={classNames.waitNote} data-waiting={wait.source}>{serviceWaitText(wait)}</p>}
      </div>
      {props.showOnlyWhenDifferent && props.isEditMode && status === 'in-sync' && <p>{strings.HiddenInSyncEditNote}</p>}
      {check && detailsShown && (
        <Details check={check} running={running} runAgain={checkAgain} photoSync={props.photoSync} photoSyncAwaitingCheck={syncAwaitingCheck} links={props.links} openLink={props.openLink} theme={props.theme} version={props.version || ''}
          locale={props.locale} allowedOrigins={props.allowedOrigins || []} />
      )}
    </section>
  );
}
