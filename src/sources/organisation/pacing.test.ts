import { Pacer, PacingAborted } from './pacing';
import type { ServiceWait } from '../types';

/** A service that answers after `latencyMs` and records when each request started and how many ran at once. */
function aService(latencyMs: number): { send: () => Promise<void>; starts: number[]; mostAtOnce: () => number } {
  const starts: number[] = [];
  let running = 0;
  let most = 0;
  return {
    starts,
    mostAtOnce: () => most,
    send: () => {
      starts.push(Date.now());
      running++;
      most = Math.max(most, running);
      return new Promise<void>((resolve) => setTimeout(() => { running--; resolve(); }, latencyMs));
    }
  };
}

function mostUnitsIn10s(starts: number[], unitsEach: number): number {
  return Math.max(...starts.map((t) => starts.filter((s) => s >= t && s < t + 10000).length * unitsEach));
}

async function advance(ms: number): Promise<void> {
  await jest.advanceTimersByTimeAsync(ms);
}

describe('Pacer', () => {
  beforeEach(() => { jest.useFakeTimers(); });
  afterEach(() => { jest.useRealTimers(); });

  it('never has more requests in flight, or more batch items per 10 s, than its caps', async () => {
    const service = aService(100);
    const pacer = new Pacer('graph', { maxInFlight: 4, maxPerWindow: 200, windowMs: 10000 });
    const all = Promise.all(Array.from({ length: 50 }, () => pacer.run(20, service.send)));

    await advance(60000);
    await all;

    expect(service.starts).toHaveLength(50);
    expect(service.mostAtOnce()).toBe(4);
    expect(mostUnitsIn10s(service.starts, 20)).toBeLessThanOrEqual(200);
    expect(pacer.peakPerWindow).toBe(200);
    expect(pacer.sent).toBe(1000);
  });

  it('sends nothing while a Retry-After runs, says so, then sends fewer at once', async () => {
    const service = aService(100);
    const waits: Array<ServiceWait | undefined> = [];
    const pacer = new Pacer('sharePoint', { maxInFlight: 4, maxPerWindow: 10000, windowMs: 10000 }, (wait) => waits.push(wait));

    pacer.throttled(2.5);
    const all = Promise.all(Array.from({ length: 8 }, () => pacer.run(1, service.send)));
    await advance(2400);
    expect(service.starts).toHaveLength(0);
    expect(waits).toEqual([{ source: 'sharePoint', seconds: 2.5 }]);

    await advance(200);
    expect(waits).toEqual([{ source: 'sharePoint', seconds: 2.5 }, undefined]);
    await advance(5000);
    await all;
    expect(service.starts).toHaveLength(8);
    expect(service.mostAtOnce()).toBe(2);
  });

  it('grows back to its cap after enough successes following a 429', async () => {
    const pacer = new Pacer('graph', { maxInFlight: 4, maxPerWindow: 10000, windowMs: 10000 });
    pacer.throttled(0);
    const early = aService(100);
    const afterThe429 = Promise.all(Array.from({ length: 4 }, () => pacer.run(1, early.send)));
    await advance(1000);
    await afterThe429;
    const middle = aService(100);
    const growing = Promise.all(Array.from({ length: 40 }, () => pacer.run(1, middle.send)));
    await advance(5000);
    await growing;
    const later = aService(100);
    const grown = Promise.all(Array.from({ length: 8 }, () => pacer.run(1, later.send)));
    await advance(1000);
    await grown;

    expect(early.mostAtOnce()).toBe(2);
    expect(later.mostAtOnce()).toBe(4);
  });

  it('drops requests still waiting when the scan is cancelled, without sending them', async () => {
    const service = aService(100);
    const pacer = new Pacer('graph', { maxInFlight: 1, maxPerWindow: 100, windowMs: 10000 });
    const controller = new AbortController();
    const first = pacer.run(1, service.send, controller.signal);
    const second = pacer.run(1, service.send, controller.signal).catch((e: unknown) => e);

    controller.abort();
    await advance(1000);

    await expect(first).resolves.toBeUndefined();
    expect(await second).toBeInstanceOf(PacingAborted);
    expect(service.starts).toHaveLength(1);
  });
});
