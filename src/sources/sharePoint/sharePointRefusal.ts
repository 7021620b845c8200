import { SharePointRefusal } from '../types';

// SharePoint's error codes do not depend on the user's language; its messages may, so each is
// matched by code or by the English wording. -2130575251 is "The security validation for this page
// is invalid", -2130575252 its "has timed out" sibling; -2147024809 is System.ArgumentException
// ("Parameter is not valid."). IIS answers a body over its request limit with 413 before SharePoint
// sees it.
const SECURITY_VALIDATION = /-213057525[12]\b|security validation/i;
const PARAMETER_NOT_VALID = /-2147024809\b|parameter is not valid/i;
const TOO_LARGE = /too large|exceeds? the (maximum|limit)|maxAllowedContentLength|maxRequestLength/i;

// Photo changes turned off answer System.UnauthorizedAccessException (-2147024891): "Access denied.
// You do not have permission to perform this action or access this resource." (pnp/powershell issue
// 277), or .NET's own wording, "Attempted to perform an unauthorized operation.".
const UNAUTHORIZED_ACCESS = /-2147024891\b|System\.UnauthorizedAccessException|attempted to perform an unauthorized operation/i;
const PHOTO_CHANGES_OFF = /photo[^.]*\b(disabled|blocked|not allowed|turned off)/i;
// 403s that are about the session or the device, not about photos: conditional access ("Access has
// been blocked by Conditional Access policies", AADSTS53003), limited access from unmanaged devices
// ("Access denied. Before opening files in this location, you must first browse to the web site…"),
// an expired sign-in. Signing in again or reloading may help; asking IT to allow photos would not.
const ABOUT_THE_SESSION = /conditional access|AADSTS\d+|browse to the web site|sign[ -]?in|log ?in|session|token|expired/i;

/** The refusal a SharePoint answer (status and text) stands for, if it is one we know. */
export function sharePointRefusal(status: number, text: string): SharePointRefusal | undefined {
  if (status === 403) {
    if (SECURITY_VALIDATION.test(text)) return 'security-validation';
    const saysPhotosBlocked = (UNAUTHORIZED_ACCESS.test(text) || PHOTO_CHANGES_OFF.test(text)) && !ABOUT_THE_SESSION.test(text);
    return saysPhotosBlocked ? 'access-denied' : 'forbidden';
  }
  if (status === 413 || (status === 400 && TOO_LARGE.test(text))) return 'picture-too-large';
  if (status === 400 && PARAMETER_NOT_VALID.test(text)) return 'parameter-not-valid';
  return undefined;
}

const MAX_MESSAGE_CHARS = 200;

/**
 * What SharePoint said, in its own words, from PnPjs's error text ("… [403] ::> <body>"): the
 * message of an OData error body (`odata.error` or `error`), an OAuth `error_description`, or the
 * text of an HTML page. Undefined when it said nothing readable.
 */
export function sharePointMessage(errorText: string): string | undefined {
  const marker = errorText.indexOf('::>');
  const body = (marker >= 0 ? errorText.slice(marker + 3) : '').trim();
  if (!body) return undefined;
  let said: unknown;
  try {
    said = messageOfJson(JSON.parse(body));
  } catch {
    said = body.replace(/<(script|style|title)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ');
  }
  if (typeof said !== 'string') return undefined;
  const text = said.replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, MAX_MESSAGE_CHARS) : undefined;
}

function messageOfJson(json: unknown): unknown {
  if (typeof json !== 'object' || json === null) return undefined;
  const body = json as Record<string, unknown>;
  const error = (body['odata.error'] || body.error) as Record<string, unknown> | string | undefined;
  if (typeof error === 'object' && error !== null) {
    const message = error.message as { value?: unknown } | string | undefined;
    return typeof message === 'object' && message !== null ? message.value : message;
  }
  return body.error_description;
}
