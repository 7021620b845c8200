'use strict';

// A route table: the first route whose pattern matches the path answers. SharePoint treats
// paths case-insensitively (PnPjs sends "sp.userprofiles.peoplemanager/getmyproperties"), so
// SharePoint's patterns carry the "i" flag. HEAD is answered like GET.

/** { handle, params } for the request, { wrongMethod: route } when only the method differs, or null. */
function findRoute(routes, method, path) {
  const wanted = method === 'HEAD' ? 'GET' : method;
  let wrongMethod = null;
  for (const route of routes) {
    const match = route.path.exec(path);
    if (!match) continue;
    if (route.method === wanted) return { handle: route.handle, params: match.groups || {} };
    wrongMethod = wrongMethod || route;
  }
  return wrongMethod ? { wrongMethod } : null;
}

module.exports = { findRoute };
