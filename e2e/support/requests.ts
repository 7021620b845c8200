/** One API request as the fake tenant logged it. */
export interface LoggedRequest { kind: string; method: string; path: string; batch?: string[] }

// Photo bytes: SharePoint's userphoto.aspx or My Site renditions, Graph's $value (also inside a $batch).
const PHOTO_BYTES = /userphoto\.aspx|Profile%20Pictures|Profile Pictures|\/\$value/i;

export async function requestsOf(baseUrl: string, persona: string): Promise<LoggedRequest[]> {
  return (await fetch(`${baseUrl}/__tenant/requests?persona=${encodeURIComponent(persona)}`)).json() as Promise<LoggedRequest[]>;
}

/** How many photo downloads a list of requests made, counting those inside Graph batches. */
export function photoByteRequests(requests: readonly LoggedRequest[]): number {
  return requests.reduce((n, r) => n + (r.batch ? r.batch.filter((item) => PHOTO_BYTES.test(item)).length : (PHOTO_BYTES.test(r.path) ? 1 : 0)), 0);
}
