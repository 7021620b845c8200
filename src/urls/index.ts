// Which URLs may reach an `src` or `href`: https, or origins the page allows (the fake tenant's own).
export { safeUrl, isHttpsUrl } from './safeUrl';
