// Says what an unexpected value looks like, for error messages a person can act on.

const MAX_LISTED_KEYS = 6;
const MAX_QUOTED_CHARS = 40;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return Object.prototype.toString.call(value) === '[object Object]';
}

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return describeString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return `a ${typeof value} (${String(value)})`;
  if (Array.isArray(value)) return `an array of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (isPlainObject(value)) return describeObject(value);
  const kind = Object.prototype.toString.call(value).slice(8, -1);
  if (kind === 'ArrayBuffer' || kind === 'Blob' || kind === 'Uint8Array') {
    return `binary data (${kind}): pass the parsed JSON body, not the bytes`;
  }
  return `a ${kind || typeof value}`;
}

function describeString(text: string): string {
  const start = text.replace(/^\s+/, '');
  if (start.charAt(0) === '<') {
    return `a string starting with "${quote(start)}" (an HTML or XML page, often a sign-in or error page)`;
  }
  if (start.charAt(0) === '{' || start.charAt(0) === '[') {
    return `a string of JSON text ("${quote(start)}"): parse the response body first`;
  }
  return text === '' ? 'an empty string' : `a string ("${quote(start)}")`;
}

function describeObject(value: Record<string, unknown>): string {
  const keys = Object.keys(value);
  if (keys.length === 0) return 'an empty object';
  const listed = keys.slice(0, MAX_LISTED_KEYS).join(', ');
  return `an object with keys ${listed}${keys.length > MAX_LISTED_KEYS ? ', ...' : ''}`;
}

function quote(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > MAX_QUOTED_CHARS ? `${oneLine.slice(0, MAX_QUOTED_CHARS)}...` : oneLine;
}
