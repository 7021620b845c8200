/**
 * Splits a value where a line may break without breaking a word: after "@", ".", "/", "_" and "-"
 * inside long tokens (e-mail addresses, UPNs, URLs). The page joins the pieces with <wbr>, so
 * "kari.nordmann@contoso.onmicrosoft.com" wraps as "kari.|nordmann@|contoso.|onmicrosoft.|com",
 * never mid-word. Ordinary words are left whole: the browser already breaks at spaces.
 */
export function wrapPoints(value: string): string[] {
  const pieces = value.split(/(?<=[@./_-])(?=[^\s@./_-])/);
  return pieces.filter((piece) => piece !== '');
}
