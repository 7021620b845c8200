import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const chromium = require(path.join(__dirname, '..', '..', 'tools', 'chromium.js'));

/** One API request as the fake tenant logged it. */
export interface LoggedRequest { kind: string; method: string; path: string; batch?: string[] }

export async function requestsOf(baseUrl: string, persona: string): Promise<LoggedRequest[]> {
  return (await fetch(`${baseUrl}/__tenant/requests?persona=${encodeURIComponent(persona)}`)).json() as Promise<LoggedRequest[]>;
}

/** How many photo downloads a list of requests made, counting those inside Graph batches. */
export function photoByteRequests(requests: readonly LoggedRequest[]): number {
  return chromium.photoByteRequests(requests);
}
