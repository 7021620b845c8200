// The sources as the rest of the web part sees them: interfaces and the shapes they answer with.
// Nothing here imports PnPjs or SPFx, so fakes and the check can depend on it without the clients.

/** Which side of the comparison a failure came from. */
export type SourceName = 'sharePoint' | 'graph';

/**
 * What kind of failure, in terms of what a person can do about it:
 * - permission: ask IT (for Graph: approve the User.Read API request);
 * - throttled: wait a few minutes;
 * - unavailable: the service is down or failing (5xx);
 * - offline: the request never got an answer (network, CORS, aborted);
 * - bad-data: the service answered with something that is not what the endpoint returns;
 * - unknown: any other answer.
 */
export type FailureKind = 'permission' | 'throttled' | 'unavailable' | 'offline' | 'bad-data' | 'unknown';

/**
 * What a service said about a failure that a helpdesk escalates with, as the service wrote it.
 * Every field is optional: a service (or a client that hides headers) may leave any out.
 */
export interface ServiceErrorDetails {
  /** The service's own error code: Graph's `error.code` ("Authorization_RequestDenied"), SharePoint's
   * OData code ("-2147024891, System.UnauthorizedAccessException"). */
  code?: string;
  /** Graph's `request-id` (body or header); SharePoint's `request-id` header. */
  requestId?: string;
  /** Graph's `client-request-id`: the id the client sent, echoed. */
  clientRequestId?: string;
  /** SharePoint's `SPRequestGuid` header: the correlation id in SharePoint's logs. */
  spRequestGuid?: string;
  /** When the service answered, as it wrote it (Graph's `innerError.date`, else the `Date` header). */
  date?: string;
}

/** The part of a fetch Response that we read: SPFx's HttpClientResponse has the same members. */
export interface FetchResponse {
  readonly ok: boolean;
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  json(): Promise<unknown>;
  blob(): Promise<Blob>;
}

/**
 * Sends one request to Microsoft Graph. `path` starts at the version, e.g. `/v1.0/me`.
 * In SharePoint this wraps SPFx's AadHttpClient (which adds the token); on the fake tenant,
 * the browser's fetch with the fake tenant's Graph base URL.
 */
export type GraphFetch = (path: string, init?: { method?: string; headers?: Record<string, string>; body?: string }) => Promise<FetchResponse>;

export interface ThrottlePolicy {
  /** How many times a throttled request is sent again. */
  retries: number;
  /** The longest we wait before one retry; a longer Retry-After fails at once with that figure. */
  maxWaitSeconds: number;
  sleep(ms: number): Promise<void>;
}

/** A wait a service asked for (Retry-After, or a back-off while it is busy), as the page can say it. */
export interface ServiceWait {
  source: SourceName;
  seconds: number;
}

/** Hears of each wait as it starts: "waiting N s because <service> is busy". */
export type WaitListener = (wait: ServiceWait) => void;

/**
 * The waiting one check may still do, shared by both services so that in all it stays bounded
 * (MAX_TOTAL_WAIT_SECONDS). A source asks before each wait; when refused it fails as throttled.
 */
export interface IWaitBudget {
  /** Reserves `seconds` of waiting for `source` and reports it; false when that would go past the budget. */
  take(source: SourceName, seconds: number): boolean;
}

/** /me, its photo metadata and, when asked, small photo bytes: one round trip. */
export interface GraphProfile {
  me: unknown;
  /** As getMyPhotoMetadata answers: the metadata, the 404 error body, or null. */
  photoMetadata: unknown | null;
  /** Present when bytes were asked for and there is a photo at that size. */
  photo?: Blob;
}

/**
 * What the check needs from Microsoft Graph, as raw answers: parsing happens in the core. `waits`
 * bounds the waiting for throttling across the caller's requests (one budget of its own when absent).
 */
export interface IGraphProfileSource {
  /** GET /me with $select for the given fields. */
  getMe(fields: readonly string[], waits?: IWaitBudget): Promise<unknown>;
  /**
   * GET /me/photo (metadata). On 404, Graph's error body as is (its code tells "no photo" from
   * "could not tell", which the core reads), or null when the 404 had no readable body.
   */
  getMyPhotoMetadata(waits?: IWaitBudget): Promise<unknown | null>;
  /** The photo bytes at a square size (e.g. 96), or the largest when no size; undefined when there is none. */
  getMyPhoto(size?: number, waits?: IWaitBudget): Promise<Blob | undefined>;
  /**
   * /me, /me/photo and (with `photoSize`) the photo bytes, in one `$batch` request; items Graph
   * throttled inside the batch are sent again alone after their own Retry-After.
   */
  getProfile(fields: readonly string[], photoSize?: number, waits?: IWaitBudget): Promise<GraphProfile>;
}

export type SharePointPhotoSize = 'S' | 'M' | 'L';

/** What the check needs from SharePoint, as raw answers: parsing happens in the core. */
export interface ISharePointProfileSource {
  /** GetMyProperties, as the service answered it. */
  getMyProperties(waits?: IWaitBudget): Promise<unknown>;
  /**
   * The user's own SharePoint photo rendition, or undefined when its bytes cannot be read
   * (userphoto.aspx may redirect to the My Site host, and a cross-origin answer is unreadable).
   */
  getMyPhoto(accountName: string, size: SharePointPhotoSize, pictureTimestamp: string): Promise<Blob | undefined>;
  /** Where SharePoint serves that photo, for an <img> when the bytes could not be read. */
  photoUrl(accountName: string, size: SharePointPhotoSize, pictureTimestamp: string): string;
  /**
   * SetMyProfilePicture: replaces the signed-in user's own picture (there is no way to reach anyone
   * else's). The body must be BMP, JPEG or PNG within SharePoint's size limit. Rejects with a
   * SourceError, a SharePointRefusalError when SharePoint said why it refused.
   */
  setMyProfilePicture(photo: Blob, waits?: IWaitBudget): Promise<void>;
}

/**
 * Why SharePoint refused a request, read from its answer (SetMyProfilePicture's known refusals):
 * - security-validation: 403 "The security validation for this page is invalid": the request digest
 *   is missing or expired;
 * - access-denied: 403 saying photo changes are not allowed (System.UnauthorizedAccessException):
 *   an admin has blocked them;
 * - forbidden: any other 403 (conditional access, an expired sign-in, limited access from an
 *   unmanaged device): SharePoint's own words say more, and signing in again may help;
 * - parameter-not-valid: 400 "Parameter is not valid.": the body is empty or not an image;
 * - picture-too-large: the body is over the size limit (413, or a 400 saying so).
 */
export type SharePointRefusal = 'security-validation' | 'access-denied' | 'forbidden' | 'parameter-not-valid' | 'picture-too-large';

/** The browser's fetch, as far as the SharePoint photo needs it (same-origin cookies, cache control). */
export type BrowserFetch = (url: string, init?: { credentials?: 'same-origin' | 'include'; cache?: 'no-cache' }) => Promise<{ ok: boolean; blob(): Promise<Blob> }>;
