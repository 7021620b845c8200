import type { ServiceWait } from '../sources';
import { startedEarly } from './startedEarly';
import type { FailedCheck, ProfileCheck, RunCheck } from './types';

const failed = (n: number): FailedCheck => ({ kind: 'failed', failures: [], checkedAt: new Date(n) });

/** A check service that says what it was asked, and lets the test tell its callbacks. */
function recordingService(): { run: RunCheck; calls: Array<{ refresh: boolean; onWait?: (w: ServiceWait) => void; onCached?: (c: ProfileCheck) => void; finish(c: ProfileCheck): void }> } {
  const calls: ReturnType<typeof recordingService>['calls'] = [];
  const run: RunCheck = (options, onCached) => new Promise((resolve) => {
    calls.push({ refresh: options.refresh, onWait: options.onWait, onCached, finish: resolve });
  });
  return { run, calls };
}

describe('a check started early', () => {
  it('is running before the page asks, and the page\'s first ask gets it rather than a second check', async () => {
    const service = recordingService();
    const run = startedEarly(service.run);
    expect(service.calls).toHaveLength(1);

    const result = run({ refresh: false });
    service.calls[0].finish(failed(1));
    expect(await result).toEqual(failed(1));
    expect(service.calls).toHaveLength(1);
  });

  it('tells the page the cached verdict and the wait it announced before the page was listening', async () => {
    const service = recordingService();
    const run = startedEarly(service.run);
    const wait: ServiceWait = { source: 'graph', seconds: 4 };
    service.calls[0].onCached!(failed(0));
    service.calls[0].onWait!(wait);

    const cached: ProfileCheck[] = [];
    const waits: ServiceWait[] = [];
    const result = run({ refresh: false, onWait: (w) => waits.push(w) }, (c) => cached.push(c));
    expect(cached).toEqual([failed(0)]);
    expect(waits).toEqual([wait]);
    // And what comes later, as it comes.
    service.calls[0].onWait!({ source: 'sharePoint', seconds: 2 });
    expect(waits).toHaveLength(2);
    service.calls[0].finish(failed(1));
    await result;
  });

  it('runs a check of its own for "check again" and for every ask after the first', async () => {
    const service = recordingService();
    const run = startedEarly(service.run);
    void run({ refresh: true });
    expect(service.calls.map((c) => c.refresh)).toEqual([false, true]);
    void run({ refresh: false });
    expect(service.calls.map((c) => c.refresh)).toEqual([false, true, false]);
  });
});
