import { ValueKind } from './types';

// When two profile values count as the same. Sync drift is about content, not about how a value
// happens to be typed or encoded, so each kind is reduced to a comparable form first.

/** '' for null, missing, non-string and blank values; otherwise the value trimmed. */
export function displayValue(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

export function sameValue(kind: ValueKind, a: unknown, b: unknown): boolean {
  return comparableForm(kind, a) === comparableForm(kind, b);
}

export function comparableForm(kind: ValueKind, value: unknown): string {
  const text = normaliseText(displayValue(value));
  switch (kind) {
    case 'email':
      // The local part is case-sensitive in theory; Exchange and Entra ID treat it as not.
      return text.toLowerCase();
    case 'phone':
      return phoneDigits(text);
    default:
      return text;
  }
}

/** Unicode NFC, trimmed, runs of white space (including no-break spaces) as one space. */
export function normaliseText(text: string): string {
  return toNfc(text).replace(/\s+/g, ' ').replace(/^ | $/g, '');
}

// "+47 22 33 44 55", "+4722334455" and "(555) 010-2000" / "555 010 2000" are the same number
// typed differently: keep the digits and whether it starts with '+'.
function phoneDigits(text: string): string {
  const digits = text.replace(/\D+/g, '');
  return text.charAt(0) === '+' && digits !== '' ? `+${digits}` : digits;
}

// String.prototype.normalize is ES2015 and missing from our ES5 typings (and from very old
// browsers); where it is absent, text is compared as it came.
interface Normalizable {
  normalize?: (form: string) => string;
}

function toNfc(text: string): string {
  const normalizable = text as unknown as Normalizable;
  return typeof normalizable.normalize === 'function' ? normalizable.normalize('NFC') : text;
}
