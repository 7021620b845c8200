import * as React from 'react';
import { unstable_batchedUpdates as batched } from 'react-dom';
import type { ProfileCheck, RunCheck } from '../../../check';
import type { ServiceWait } from '../../../sources';

export interface ProfileCheckState {
  check: ProfileCheck | undefined;
  running: boolean;
  /** While the running check waits for a busy service: which, and for how long. */
  wait: ServiceWait | undefined;
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
  const [wait, setWait] = React.useState<ServiceWait | undefined>(undefined);
  const latestRun = React.useRef(0);

  const run = React.useCallback((refresh: boolean) => {
    const runId = ++latestRun.current;
    setRunning(true);
    setWait(undefined);
    // A cached verdict shows at once while the check revalidates it.
    const showCached = (cached: ProfileCheck): void => { if (runId === latestRun.current) setCheck(cached); };
    const onWait = (next: ServiceWait): void => { if (runId === latestRun.current) setWait(next); };
    // A promise's callback is outside React's batching (React 17): batched, the verdict is one render, not four.
    runCheck({ refresh, onWait }, showCached).then((result) => batched(() => {
      if (runId !== latestRun.current) return;
      setCheck(result);
      setRunning(false);
      setWait(undefined);
      setCompleted((n) => n + 1);
    }), () => batched(() => {
      // checkProfile never rejects; this only guards against a broken injected check.
      if (runId === latestRun.current) { setRunning(false); setWait(undefined); }
    }));
  }, [runCheck]);

  React.useEffect(() => {
    run(false);
    return () => { latestRun.current++; };
  }, [run]);

  // Checking again on request (or after a photo sync) bypasses the cache.
  const runAgain = React.useCallback(() => run(true), [run]);
  return { check, running, wait, completed, runAgain };
}
