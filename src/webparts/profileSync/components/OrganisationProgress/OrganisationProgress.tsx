import * as React from 'react';
import { organisationStrings as orgStrings } from '../../loc/organisation';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { ITheme } from '@fluentui/react/lib/Styling';
import type { ScanProgress } from '../../../../organisation';
import { fillTemplate } from '../../text/fillTemplate';
import { scanWaitText, timeLeftText } from '../../text/organisationText';
import { getClassNames } from './OrganisationProgress.styles';

export interface IOrganisationProgressProps {
  progress: ScanProgress;
  locale: string;
  theme: ITheme;
  /** How often the count is read out to screen readers at most (default 15 s). */
  announceEveryMs?: number;
}

function countText(progress: ScanProgress, locale: string): string {
  const scanned = progress.scanned.toLocaleString(locale);
  return progress.total === undefined
    ? fillTemplate(orgStrings.OrgProgressCountUnknown, scanned)
    : fillTemplate(orgStrings.OrgProgressCount, scanned, progress.total.toLocaleString(locale));
}

/**
 * The bar with counts and time left while a scan runs. Screen readers hear the count at most every
 * `announceEveryMs` (not every batch, which would talk over everything), and a wait at once.
 */
export function OrganisationProgress(props: IOrganisationProgressProps): JSX.Element {
  const { progress, locale } = props;
  const classNames = getClassNames(props.theme);
  const count = countText(progress, locale);
  const every = props.announceEveryMs === undefined ? 15000 : props.announceEveryMs;
  const [announced, setAnnounced] = React.useState(count);
  const lastAnnounced = React.useRef(Date.now());
  React.useEffect(() => {
    if (Date.now() - lastAnnounced.current < every) return;
    lastAnnounced.current = Date.now();
    setAnnounced(count);
  }, [count, every]);
  // While suspects wait for their profile, the time left is theirs: everyone else already has a verdict.
  const confirming = progress.confirmation && progress.confirmation.waiting > 0 ? progress.confirmation : undefined;
  const remainingMs = confirming ? Math.max(confirming.remainingMs || 0, progress.remainingMs || 0) : progress.remainingMs;
  const confirmingText = confirming
    ? fillTemplate(orgStrings.OrgConfirming, confirming.confirmed.toLocaleString(locale), confirming.waiting.toLocaleString(locale))
    : undefined;
  const description = [confirmingText || remainingMs !== undefined ? `${count}.` : count, confirmingText, remainingMs !== undefined ? timeLeftText(remainingMs) : undefined]
    .filter((part) => !!part).join(' ');
  // Suspects read again are part of the work: the bar is full when the last one is confirmed.
  const again = progress.confirmation ? progress.confirmation.confirmed + progress.confirmation.waiting : 0;
  const done = progress.scanned + (progress.confirmation ? progress.confirmation.confirmed : 0);
  const percent = progress.total ? Math.min(1, done / (progress.total + again)) : undefined;
  return (
    <div className={classNames.root} data-progress="">
      <ProgressIndicator label={orgStrings.OrgProgressLabel} description={description} percentComplete={percent}
        progressHidden={false} ariaValueText={count} theme={props.theme} />
      <p aria-live="polite" className={classNames.wait}>
        {progress.waiting && <span data-waiting={progress.waiting.source}>{scanWaitText(progress.waiting)}</span>}
      </p>
      {/* The bar's own text is not live: this copy is read out, at a sensible rate. */}
      <p aria-live="polite" aria-atomic="true" className={classNames.hidden} data-announced="">{announced}</p>
    </div>
  );
}
