/**
 * The letters shown in place of a missing photo, as Microsoft 365 does: the first letter of the first
 * and the last word of the display name ("Kari Nordmann" -> "KN"); one letter for one word. Text in
 * brackets ("Kari Nordmann (Sales)") is left out. Undefined when the name has no letter to show (a
 * phone number, an empty name): the page then shows a plain "no photo" face instead.
 */
export function initialsOf(displayName: string): string | undefined {
  const words = displayName.replace(/[([{][^)\]}]*[)\]}]/g, ' ').split(/\s+/).filter((word) => /^\p{L}/u.test(word));
  if (words.length === 0) return undefined;
  const first = Array.from(words[0])[0];
  const last = words.length > 1 ? Array.from(words[words.length - 1])[0] : '';
  return (first + last).toLocaleUpperCase();
}
