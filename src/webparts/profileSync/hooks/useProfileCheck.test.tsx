import * as React from 'react';
import { act, render } from '@testing-library/react';
import type { ProfileCheck, RunCheck } from '../../../check';
import { checkIn } from '../testing/checks';
import { ProfileCheckState, useProfileCheck } from './useProfileCheck';

/** A check the test answers by hand, run after run. */
type Run = { options: Parameters<RunCheck>[0]; answer(check: ProfileCheck): void; cached(check: ProfileCheck): void };

function manualCheck(): { runCheck: RunCheck; runs: Run[] } {
  const runs: Run[] = [];
  const runCheck: RunCheck = (options, onCached) => new Promise<ProfileCheck>((resolve) => {
    runs.push({ options, answer: resolve, cached: (check) => onCached && onCached(check) });
  });
  return { runCheck, runs };
}

function probe(runCheck: RunCheck): { current: ProfileCheckState } {
  const state = {} as { current: ProfileCheckState };
  function Probe(): null { state.current = useProfileCheck(runCheck); return null; }
  render(<Probe />);
  return state;
}

describe('useProfileCheck', () => {
  it('checks once on mount, shows a cached verdict at once and then the fresh one', async () => {
    const { runCheck, runs } = manualCheck();
    const state = probe(runCheck);
    expect(runs).toHaveLength(1);
    expect(runs[0].options.refresh).toBe(false);
    const cached = checkIn('photo-differs');
    const fresh = checkIn('in-sync');
    act(() => runs[0].cached(cached));
    expect(state.current).toMatchObject({ running: true, completed: 0 });
    expect(state.current.check).toBe(cached);
    await act(async () => runs[0].answer(fresh));
    expect(state.current).toMatchObject({ running: false, completed: 1 });
    expect(state.current.check).toBe(fresh);
  });

  it('tells which service the running check waits for, and forgets it once the check is done', async () => {
    const { runCheck, runs } = manualCheck();
    const state = probe(runCheck);
    expect(state.current.wait).toBeUndefined();
    act(() => { const { onWait } = runs[0].options; if (onWait) onWait({ source: 'sharePoint', seconds: 5 }); });
    expect(state.current.wait).toEqual({ source: 'sharePoint', seconds: 5 });
    await act(async () => runs[0].answer(checkIn('in-sync')));
    expect(state.current.wait).toBeUndefined();
  });

  it('bypasses the cache when asked again, and drops an answer overtaken by a newer run', async () => {
    const { runCheck, runs } = manualCheck();
    const state = probe(runCheck);
    act(() => state.current.runAgain());
    expect(runs[1].options.refresh).toBe(true);
    const newer = checkIn('property-differs');
    await act(async () => runs[1].answer(newer));
    await act(async () => runs[0].answer(checkIn('in-sync')));
    expect(state.current.check).toBe(newer);
    expect(state.current.completed).toBe(1);
  });
});
