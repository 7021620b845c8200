import * as React from 'react';
import * as strings from 'ProfileSyncWebPartStrings';
import { ITheme } from '@fluentui/react/lib/Styling';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import type { IPhotoSync, PhotoSyncOutcome } from '../../../../sync';
import { usePhotoSyncState } from '../../hooks/usePhotoSyncState';
import { photoSyncOutcomeText, photoSyncStepText } from '../../text/photoSyncText';
import { ActionButton } from '../ActionButton';
import { BannerKind, StatusBanner } from '../StatusBanner';
import { getClassNames } from './PhotoSyncPanel.styles';

export interface IPhotoSyncPanelProps {
  photoSync: IPhotoSync;
  /** Whether the check found a photo problem that copying the Microsoft 365 photo can fix. */
  offered: boolean;
  /** Called once per finished sync, so the page reads the profiles again instead of guessing. */
  onFinished(outcome: PhotoSyncOutcome): void;
  /**
   * True from the end of a sync until the page's re-check ends: the outcome stands in the verdict's
   * place as its banner, and the button waits. After it, the outcome stays as a quiet note beside
   * the new verdict (one banner at a time).
   */
  awaitingCheck?: boolean;
  theme: ITheme;
}

// Already sent: nothing is wrong, SharePoint has the photo and is catching up.
const OUTCOME_BANNER: Record<PhotoSyncOutcome['kind'], BannerKind> = { verified: 'success', accepted: 'warning', failed: 'error', 'already-sent': 'success' };

/** The "Sync my photo" button, its progress and its outcome, all announced to screen readers. */
export function PhotoSyncPanel(props: IPhotoSyncPanelProps): JSX.Element | null {
  const { photoSync, offered, onFinished } = props;
  const classNames = getClassNames();
  const state = usePhotoSyncState(photoSync);
  const running = state.status === 'running';
  const awaitingCheck = !!props.awaitingCheck;
  // An outcome from before this component was mounted has been acted on already.
  const handled = React.useRef<PhotoSyncOutcome | undefined>(photoSync.state.status === 'done' ? photoSync.state.outcome : undefined);

  React.useEffect(() => {
    if (state.status === 'done' && handled.current !== state.outcome) {
      handled.current = state.outcome;
      onFinished(state.outcome);
    }
  }, [state, onFinished]);

  if (!offered && state.status === 'idle') return null;
  const outcome = state.status === 'done' ? photoSyncOutcomeText(state.outcome) : undefined;
  const outcomeKind = state.status === 'done' ? OUTCOME_BANNER[state.outcome.kind] : undefined;

  return (
    <div className={classNames.photoSync} data-photo-sync={state.status === 'done' ? state.outcome.kind : state.status}>
      {(offered || running) && (
        <div className={classNames.photoSyncAction}>
          <ActionButton primary={true} action="sync-photo" disabled={running || awaitingCheck} theme={props.theme} onClick={() => { photoSync.start().catch(() => undefined); }}>
            {strings.PhotoSyncButton}
          </ActionButton>
          {!running && state.status === 'idle' && <span>{strings.PhotoSyncIntro}</span>}
        </div>
      )}
      <div aria-live="polite" aria-atomic="true">
        {running && <Spinner size={SpinnerSize.small} label={photoSyncStepText(state.step)} labelPosition="right" data-photo-sync-step={state.step} />}
        {outcome && outcomeKind && (
          <StatusBanner kind={outcomeKind} quiet={!awaitingCheck} theme={props.theme}>
            <strong>{outcome.headline}</strong>
            {outcome.details.map((sentence) => <p key={sentence}>{sentence}</p>)}
          </StatusBanner>
        )}
      </div>
    </div>
  );
}
