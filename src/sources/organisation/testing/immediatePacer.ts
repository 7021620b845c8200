import type { SourceName } from '../../types';
import { IPacer } from '../types';

/** A pacer that sends at once and records the 429s it was told of, for tests of the readers. */
export function immediatePacer(source: SourceName = 'graph'): IPacer & { waits: Array<number | undefined> } {
  const waits: Array<number | undefined> = [];
  let sent = 0;
  return {
    source,
    waits,
    get peakPerWindow() { return sent; },
    get sent() { return sent; },
    run: <T>(units: number, send: () => Promise<T>) => { sent += units; return send(); },
    throttled: (seconds: number | undefined) => { waits.push(seconds); }
  };
}

/** Enough of a fetch Response for the Graph readers. */
export function graphAnswer(status: number, body: unknown, headers: Record<string, string> = {}): {
  ok: boolean; status: number; headers: { get(name: string): string | null }; json(): Promise<unknown>; blob(): Promise<Blob>;
} {
  const lower: Record<string, string> = {};
  Object.keys(headers).forEach((key) => { lower[key.toLowerCase()] = headers[key]; });
  return {
    ok: status >= 200 && status < 300,
    status,
    headers: { get: (name: string) => (lower[name.toLowerCase()] !== undefined ? lower[name.toLowerCase()] : null) },
    json: () => Promise.resolve(body),
    blob: () => Promise.resolve(new Blob([JSON.stringify(body)]))
  };
}
