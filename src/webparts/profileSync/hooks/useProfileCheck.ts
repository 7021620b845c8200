import * as React from 'react';
import type { ProfileCheck, RunCheck } from '../../../check';

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
export function useProfileCheck(runCheck: RunCheck): ProfileCheckState {
  const [check, setCheck] = React.useState<ProfileCheck | undefined>(undefined);
  const [running, setRunning] = React.useState(true);
  const [completed, setCompleted] = React.useState(0);
  const latestRun = React.useRef(0);

  const run = React.useCallback((refresh: boolean) => {
    const runId = ++latestRun.current;
    setRunning(true);
    // A cached verdict shows at once while the check revalidates it.
    const showCached = (cached: ProfileCheck): void => { if (runId === latestRun.current) setCheck(cached); };
    runCheck({ refresh }, showCached).then((result) => {
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
    run(false);
    return () => { latestRun.current++; };
  }, [run]);

  // Checking again on request (or after a photo sync) bypasses the cache.
  const runAgain = React.useCallback(() => run(true), [run]);
  return { check, running, completed, runAgain };
}
