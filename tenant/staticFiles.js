'use strict';

// Serves the harness page (built elsewhere into harness/dist) for every non-API GET. Paths are
// decoded and resolved inside the root; anything that would leave it is a 404, like a miss.

const fs = require('fs');
const path = require('path');
const { bytesReply, textReply } = require('./replies');

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8'
};

const notFound = () => textReply(404, 'Not found');

/** The file a URL path names inside root, or null when it is malformed or leaves the root. */
function fileInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const resolved = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  return resolved === root || resolved.startsWith(root + path.sep) ? resolved : null;
}

async function readable(file) {
  try {
    const stat = await fs.promises.stat(file);
    return stat.isDirectory() ? readable(path.join(file, 'index.html')) : { file, stat };
  } catch {
    return null;
  }
}

function createStaticFiles(staticRoot) {
  const root = path.resolve(staticRoot);
  return async function staticFile(method, urlPath) {
    if (method !== 'GET' && method !== 'HEAD') return notFound();
    const candidate = fileInside(root, urlPath);
    const found = candidate && (await readable(candidate));
    if (!found) return notFound();
    const type = CONTENT_TYPES[path.extname(found.file).toLowerCase()] || 'application/octet-stream';
    return bytesReply(200, await fs.promises.readFile(found.file), type, { 'Cache-Control': 'no-cache' });
  };
}

module.exports = { createStaticFiles, CONTENT_TYPES };
