import * as React from 'react';
import { ProfileCheck } from '../../../check/types';

export interface ProfileCheckState {
  check: ProfileCheck | undefined;
  running: boolean;
  /** How many checks have finished: lets tests and monitoring tell a fresh verdict from the last one. */
  completed: number;
  runAgain(): void;
}

/**
 * Runs the check once on mount and again on request. A result that arrives after the component
 * went away, or after a newer run started, is dropped.
 */
export function useProfileCheck(runCheck: () => Promise<ProfileCheck>): ProfileCheckState {
  const [check, setCheck] = React.useState<ProfileCheck | undefined>(undefined);
  const [running, setRunning] = React.useState(true);
  const [completed, setCompleted] = React.useState(0);
  const latestRun = React.useRef(0);

  const run = React.useCallback(() => {
    const runId = ++latestRun.current;
    setRunning(true);
    runCheck().then((result) => {
      if (runId !== latestRun.current) return;
      setCheck(result);
      setRunning(false);
      setCompleted((n) => n + 1);
    }, () => {
      // checkProfile never rejects; this only guards against a broken injected check.
      if (runId === latestRun.current) setRunning(false);
    });
  }, [runCheck]);

  React.useEffect(() => {
    run();
    return () => { latestRun.current++; };
  }, [run]);

  return { check, running, completed, runAgain: run };
}
