// IMF-fixdate, the HTTP-date form servers send today (RFC 9110 5.6.7): "Wed, 21 Oct 2026 07:28:00 GMT".
const HTTP_DATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;
// Seconds; fractions allowed, as Graph sends "2.128". No sign, no exponent.
const SECONDS = /^\d+(\.\d+)?$/;

/**
 * How many seconds a Retry-After header asks us to wait, or undefined when it says nothing usable
 * (absent, negative, junk). The HTTP-date form counts from `now`; a date already past means "now".
 * https://www.rfc-editor.org/rfc/rfc9110#name-retry-after
 */
export function retryAfterSeconds(value: string | null | undefined, now: () => number = Date.now): number | undefined {
  const text = typeof value === 'string' ? value.trim() : '';
  if (SECONDS.test(text)) return Number(text);
  if (HTTP_DATE.test(text)) {
    const at = Date.parse(text);
    return isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now()) / 1000));
  }
  return undefined;
}
