import { FailureKind, ServiceErrorDetails, SourceName } from './types';

export class SourceError extends Error {
  public readonly source: SourceName;
  public readonly kind: FailureKind;
  public readonly status: number | undefined;
  /** Seconds the service asked us to wait (Retry-After), when it said. */
  public readonly retryAfterSeconds: number | undefined;
  /** The service's error code, request ids and date, when it answered with them. */
  public readonly details: ServiceErrorDetails | undefined;

  public constructor(source: SourceName, kind: FailureKind, message: string, status?: number, retryAfterSeconds?: number,
    details?: ServiceErrorDetails) {
    super(message);
    // Keeps `instanceof` working when compiled to ES5.
    Object.setPrototypeOf(this, SourceError.prototype);
    this.name = 'SourceError';
    this.source = source;
    this.kind = kind;
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
    this.details = details;
  }
}

export function failureKindForStatus(status: number): FailureKind {
  if (status === 401 || status === 403) return 'permission';
  if (status === 429) return 'throttled';
  if (status >= 500) return 'unavailable';
  return 'unknown';
}

/**
 * Turns whatever a client threw into a SourceError. Token failures of SPFx's AadHttpClient (no
 * admin consent, AADSTS errors) throw before any HTTP answer: they are permission problems.
 */
export function sourceErrorFromThrown(source: SourceName, error: unknown): SourceError {
  if (error instanceof SourceError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/AADSTS|consent|token/i.test(message)) {
    return new SourceError(source, 'permission', message);
  }
  return new SourceError(source, 'offline', message);
}
