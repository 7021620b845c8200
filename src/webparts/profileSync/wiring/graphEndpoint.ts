/** Graph's worldwide root: what SharePoint pages outside the national clouds name. */
export const WORLDWIDE_GRAPH = 'https://graph.microsoft.com';

const LOOPBACK = /^(localhost|127\.0\.0\.1|\[::1\])$/;

/**
 * The root of Microsoft Graph for the tenant's cloud, as the page names it: SharePoint writes
 * `msGraphEndpointUrl` into the page context (`https://graph.microsoft.us` in GCC High,
 * `https://dod-graph.microsoft.us` in DoD, `https://microsoftgraph.chinacloudapi.cn` in China), and
 * SPFx's own Graph client takes its base URL from that same value. Pages that name no Graph (or only
 * `"https://"`, as SharePoint Server does) get the worldwide root. Plain http only on this machine (the
 * fake tenant); a real page is always https.
 */
export function graphEndpointOf(legacyPageContext: unknown): string {
  const named = legacyPageContext && typeof legacyPageContext === 'object'
    ? (legacyPageContext as { msGraphEndpointUrl?: unknown }).msGraphEndpointUrl
    : undefined;
  if (typeof named !== 'string') return WORLDWIDE_GRAPH;
  let url: URL;
  try {
    url = new URL(named.trim());
  } catch {
    return WORLDWIDE_GRAPH;
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.test(url.hostname));
  if (!secure || !url.hostname || url.search || url.hash || url.username) return WORLDWIDE_GRAPH;
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
