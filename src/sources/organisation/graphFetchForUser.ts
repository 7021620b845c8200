import { GraphFetch } from '../types';

/**
 * The same requests GraphProfileSource makes for /me, made for another user: /me becomes
 * /users/{id} in the path and in a $batch's items. So opening one person reuses the "My profile"
 * view's Graph code as it is: its $batch, its throttling, its photo fallbacks.
 */
export function graphFetchForUser(send: GraphFetch, userId: string): GraphFetch {
  const user = `/users/${encodeURIComponent(userId)}`;
  const retarget = (url: string): string => url.replace(/^\/me(?=[/?]|$)/, user);
  return (path, init) => {
    const versioned = /^\/v1\.0(\/.*)$/.exec(path);
    const target = versioned ? `/v1.0${retarget(versioned[1])}` : path;
    if (!init || typeof init.body !== 'string' || target !== '/v1.0/$batch') return send(target, init);
    const batch = JSON.parse(init.body) as { requests: Array<{ url: string }> };
    const requests = batch.requests.map((request) => ({ ...request, url: retarget(request.url) }));
    return send(target, { ...init, body: JSON.stringify({ ...batch, requests }) });
  };
}
