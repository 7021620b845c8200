/**
 * Only https: addresses (or, on the local fake tenant, its own origin) may reach an href or src:
 * profile values and property-pane settings are hostile text, and `javascript:` must never run.
 */
export function safeUrl(value: string | undefined | null, allowedOrigins: readonly string[] = []): string | undefined {
  if (!value) return undefined;
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)/i.exec(value.trim());
  if (!match) return undefined;
  const scheme = match[1].toLowerCase();
  const origin = `${scheme}://${match[2].toLowerCase()}`;
  if (scheme === 'https' && match[2] !== '') return value.trim();
  return allowedOrigins.some((allowed) => allowed.toLowerCase() === origin) ? value.trim() : undefined;
}

/** For the property pane: is this a full https address? */
export function isHttpsUrl(value: string): boolean {
  return safeUrl(value) !== undefined;
}
