import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const counts = require(path.join(__dirname, '..', '..', 'tools', 'requestCounts.js'));

/** One API request as the fake tenant logged it. */
export interface LoggedRequest { kind: string; method: string; path: string; batch?: string[] }

/** The requests the web part made for a persona since the reset (a redirect the browser followed counts with its request). */
export async function requestsOf(baseUrl: string, persona: string): Promise<LoggedRequest[]> {
  const logged = await (await fetch(`${baseUrl}/__tenant/requests?persona=${encodeURIComponent(persona)}`)).json() as LoggedRequest[];
  return counts.webPartRequests(logged);
}

/** How many photo downloads a list of requests made, counting those inside Graph batches. */
export function photoByteRequests(requests: readonly LoggedRequest[]): number {
  return counts.photoByteRequests(requests);
}
