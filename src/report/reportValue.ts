// Profile values, error messages and URLs are hostile text (anyone can type anything into a profile
// field, and an error message can quote a request). Before any of it goes into a report a person
// pastes into a ticket: secrets out, one line, bounded length.

/** Longest value a report line carries; longer ones are cut and end in an ellipsis. */
export const MAX_VALUE_LENGTH = 200;

const ELLIPSIS = '\u2026';

type Redaction = [RegExp, string];

// In this order: a rule that removes the rest of a header line runs before the rules that would
// only take part of its value.
const REDACTIONS: Redaction[] = [
  // Photo bytes inlined as a data: URL (any media type).
  [/\bdata:[a-z0-9.+/-]*(?:;[a-z0-9.+=/-]*)*,[^\s"'<>)]*/gi, '[data URL removed]'],
  // Headers written out as `Name: value` or "Name": "value": everything after the name goes.
  [/\b(proxy-authorization|authorization|x-requestdigest|set-cookie|cookie)(["']?\s*[:=]\s*)[^\r\n]*/gi, '$1$2[removed]'],
  [/\bbearer\s+[a-z0-9\-._~+/]+=*/gi, 'Bearer [removed]'],
  // A JSON Web Token: base64url of '{"', so it always starts with eyJ (case matters).
  [/\beyJ[A-Za-z0-9_-]{5,}(?:\.[A-Za-z0-9_-]*){0,2}/g, '[token removed]'],
  // A SharePoint request digest: 0x<hex>,<date> (the form /_api/contextinfo returns), or a long hex run.
  [/\b0x[0-9a-f]{4,}\s*,\s*\d{1,2}\s+[a-z]{3}\s+\d{4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*[-+]\d{4})?/gi, '[request digest removed]'],
  [/\b0x[0-9a-f]{16,}/gi, '[request digest removed]'],
  // key=value and "key": "value" pairs that carry credentials (a value already replaced starts with '[').
  [
    /\b(access_token|id_token|refresh_token|client_secret|client_assertion|code_verifier|formdigestvalue|requestdigest|tempauth|signature|sig|fedauth|rtfa|spoidcrl|token)(["']?\s*[:=]\s*["']?)[^"'&\s,;}[][^"'&\s,;}]*/gi,
    '$1$2[removed]'
  ],
  // User name and password written into a URL.
  [/\b(https?:\/\/)[^\s/@"'<>]+@/gi, '$1'],
  // Query strings and fragments of URLs in free text may carry tokens (SAS signatures, codes).
  [/\b(https?:\/\/[^\s?#"'<>]*)[?#][^\s"'<>]*/gi, '$1?[query removed]'],
  // Base64 photo bytes (e.g. a $batch body quoted in a message) without the data: prefix.
  [/[A-Za-z0-9+/]{80,}={0,2}/g, '[binary data removed]']
];

/** Text safe to paste into a ticket: secrets removed, on one line, at most `maxLength` characters (plus an ellipsis). */
export function reportValue(text: string, maxLength: number = MAX_VALUE_LENGTH): string {
  return capped(oneLine(withoutSecrets(text)), maxLength);
}

/** Tokens, authorization headers, request digests, credentials in URLs and photo bytes, each replaced by a marker. */
export function withoutSecrets(text: string): string {
  return REDACTIONS.reduce((result, redaction) => result.replace(redaction[0], redaction[1]), text);
}

/** A URL without its query string and fragment (PictureURL's ?t= is a cache-buster, a page's query may carry anything). */
export function withoutQuery(url: string): string {
  const end = url.search(/[?#]/);
  return end < 0 ? url : url.slice(0, end);
}

/**
 * Line breaks and tabs become one space; other control characters and invisible formatting
 * characters (zero-width, bidirectional overrides) become a visible [U+XXXX], because a difference
 * made of them is a real cause of drift the helpdesk should see.
 */
export function oneLine(text: string): string {
  let result = '';
  let inBreak = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isBreak(code)) {
      if (!inBreak) result += ' ';
      inBreak = true;
      continue;
    }
    inBreak = false;
    result += isInvisible(code) ? `[U+${hex4(code)}]` : text.charAt(i);
  }
  return result.trim();
}

export function capped(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  let end = maxLength;
  // Never split a surrogate pair (an emoji, say) in half.
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end) + ELLIPSIS;
}

// TAB, LF, VT, FF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.
function isBreak(code: number): boolean {
  return (code >= 0x09 && code <= 0x0d) || code === 0x85 || code === 0x2028 || code === 0x2029;
}

function isInvisible(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2069) ||
    code === 0xfeff
  );
}

function hex4(code: number): string {
  const hex = code.toString(16).toUpperCase();
  return '0000'.slice(hex.length) + hex;
}
