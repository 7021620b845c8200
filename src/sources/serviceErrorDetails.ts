import { ServiceErrorDetails } from './types';

// What a helpdesk escalates with, read where the answer is read. Graph's error body is
// {"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}
// (https://learn.microsoft.com/graph/errors), and Graph sends `request-id` and `client-request-id`
// headers too. SharePoint sends `SPRequestGuid` and `request-id` headers (the same GUID, its
// correlation ID) and an OData error {"odata.error"|"error":{"code":"-2147024891, System.Unauthorized
// AccessException","message":{...}}} (pnp/pnpframework issue 1010 shows the headers).

/** Reads one header whatever the client (fetch's Headers, SPFx's HttpClientResponse, a stand-in). */
export type HeaderReader = { get(name: string): string | null } | undefined;

// Each value is one identifier: a longer one is not what these fields hold, and is cut.
const MAX_DETAIL_CHARS = 120;

function text(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const result = String(value).trim();
  return result ? result.slice(0, MAX_DETAIL_CHARS) : undefined;
}

function header(headers: HeaderReader, name: string): string | undefined {
  try {
    return headers && typeof headers.get === 'function' ? text(headers.get(name)) : undefined;
  } catch {
    return undefined;
  }
}

function objectAt(value: unknown, key: string): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const found = (value as Record<string, unknown>)[key];
  return typeof found === 'object' && found !== null ? (found as Record<string, unknown>) : undefined;
}

/** Only the fields that are there: an empty result is undefined, so a report says nothing for it. */
function present(details: ServiceErrorDetails): ServiceErrorDetails | undefined {
  const keys = (Object.keys(details) as Array<keyof ServiceErrorDetails>).filter((key) => details[key] !== undefined);
  if (keys.length === 0) return undefined;
  const result: ServiceErrorDetails = {};
  keys.forEach((key) => { result[key] = details[key]; });
  return result;
}

/**
 * Graph's code, request ids and date, from its error body (also a `$batch` item's body) and, where
 * the body says nothing, the headers. Graph's `innerError` is spelled `innererror` at times.
 */
export function graphErrorDetails(body: unknown, headers?: HeaderReader): ServiceErrorDetails | undefined {
  const error = objectAt(body, 'error');
  const inner = objectAt(error, 'innerError') || objectAt(error, 'innererror');
  return present({
    code: text(error && error.code),
    requestId: text(inner && inner['request-id']) || header(headers, 'request-id'),
    clientRequestId: text(inner && inner['client-request-id']) || header(headers, 'client-request-id'),
    date: text(inner && inner.date) || header(headers, 'Date')
  });
}

/** SharePoint's OData error code from a body's text (any flavour), and its request headers. */
export function sharePointErrorDetails(bodyText: string | undefined, headers?: HeaderReader): ServiceErrorDetails | undefined {
  return present({
    code: sharePointErrorCode(bodyText),
    requestId: header(headers, 'request-id'),
    spRequestGuid: header(headers, 'SPRequestGuid'),
    date: header(headers, 'Date')
  });
}

function sharePointErrorCode(bodyText: string | undefined): string | undefined {
  if (!bodyText) return undefined;
  try {
    const body: unknown = JSON.parse(bodyText);
    return text((objectAt(body, 'odata.error') || objectAt(body, 'error') || {}).code);
  } catch {
    // XML (Accept: application/atom+xml): <m:code>-2147024891, System.UnauthorizedAccessException</m:code>
    const xml = /<(?:m:)?code>([^<]*)<\/(?:m:)?code>/i.exec(bodyText);
    return xml ? text(xml[1]) : undefined;
  }
}
