import * as React from 'react';
import type { IPhotoSync } from '../../../sync';
import { usePhotoSyncState } from './usePhotoSyncState';

export interface IUserCheckFocus {
  /** Attach to the verdict (or the failure in its place). */
  verdictRef: React.RefObject<HTMLDivElement>;
  /** A check the user started is running. */
  userCheckRunning: boolean;
  /** A photo sync has ended and the check after it has not. */
  syncAwaitingCheck: boolean;
  /** Check again on the user's behalf (the button, or the end of a photo sync). */
  checkAgain(): void;
}

/**
 * When a check the user started ends (Check again, or the re-check after a sync), focus moves to the
 * new verdict: the button they pressed may be gone, and focus must never fall to the page. Not on the
 * first check: a page that loads does not move the reader.
 */
export function useUserCheckFocus(photoSync: IPhotoSync | undefined, runAgain: () => void, running: boolean, completed: number): IUserCheckFocus {
  const verdictRef = React.useRef<HTMLDivElement>(null);
  const completedNow = React.useRef(completed);
  completedNow.current = completed;
  // How many checks had ended when the user started theirs; undefined when none is under way.
  const [startedAfter, setStartedAfter] = React.useState<number | undefined>(undefined);
  const [syncAwaitingCheck, setSyncAwaitingCheck] = React.useState(false);
  const checkAgain = React.useCallback(() => {
    setStartedAfter(completedNow.current);
    runAgain();
  }, [runAgain]);

  // The panel asks for the re-check when a sync ends; this marks that its outcome now leads. An
  // outcome from before this page was mounted has been acted on already.
  const syncState = usePhotoSyncState(photoSync);
  const seenOutcome = React.useRef(syncState.status === 'done' ? syncState.outcome : undefined);
  React.useEffect(() => {
    if (syncState.status === 'done' && seenOutcome.current !== syncState.outcome) {
      seenOutcome.current = syncState.outcome;
      setSyncAwaitingCheck(true);
    }
  }, [syncState]);

  // The render in which the user's check has ended still has the live region off (its verdict is
  // announced by focus); the layout effects then end the check and move focus before the paint, when
  // the focused button may just have been removed.
  const ended = startedAfter !== undefined && !running && completed > startedAfter;
  const focusPending = React.useRef(false);
  React.useLayoutEffect(() => {
    if (!ended) return;
    focusPending.current = true;
    setStartedAfter(undefined);
    setSyncAwaitingCheck(false);
  }, [ended]);
  React.useLayoutEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    if (verdictRef.current) verdictRef.current.focus();
  });

  return { verdictRef, userCheckRunning: startedAfter !== undefined, syncAwaitingCheck: syncAwaitingCheck && !ended, checkAgain };
}
