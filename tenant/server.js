'use strict';

// The fake Microsoft 365 tenant: one HTTP server that plays SharePoint Online, the My Site host
// and Microsoft Graph for every persona, serves the harness page and the /__tenant test API.
//
//   const { createTenant } = require('./tenant/server');
//   const tenant = createTenant({ latencyMs: 0, staticRoot: 'harness/dist' });
//   const url = await tenant.listen(0);   // "http://localhost:PORT/"
//   await tenant.warmUp();                // optional: draw every persona's photos now
//   ...
//   await tenant.close();
//
// Run directly: `node tenant/server.js`; environment: PORT (default 4321), LATENCY_MS (default 0),
// STATIC_ROOT (default harness/dist), HOST (default 127.0.0.1), WARM_UP=0 to draw photos lazily,
// ORG_SIZE (people in the organisation, default 300).
// The URL layout and test API are described in tenant/README.md.

const http = require('http');
const path = require('path');
const crypto = require('crypto');
const { createTenantState } = require('./tenantState');
const { createFormDigests } = require('./formDigest');
const { createStaticFiles } = require('./staticFiles');
const { personaUrls } = require('./personaUrls');
const { readRequestBody, BodyTooLargeError } = require('./requestBody');
const { sendReply, textReply } = require('./replies');
const { sharePoint } = require('./sharepoint');
const { mySite } = require('./mySite');
const { graph } = require('./graph');
const { testApi } = require('./testApi');

const DEFAULT_STATIC_ROOT = path.join(__dirname, '..', 'harness', 'dist');
const PERSONA_PATH = /^\/u\/([^/]+)\/(sp|my|graph)(\/.*)?$/;
const AREAS = {
  sp: { kind: 'sharePoint', answer: sharePoint },
  my: { kind: 'sharePoint', answer: mySite },
  graph: { kind: 'graph', answer: graph }
};

const delay = (ms) => (ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve());

/** A URL path with each segment decoded, or null when it is malformed. */
function decodedPath(rawPath) {
  try {
    return rawPath.split('/').map(decodeURIComponent).join('/');
  } catch {
    return null;
  }
}

function createTenant({ latencyMs = 0, staticRoot = DEFAULT_STATIC_ROOT, personas, orgSize } = {}) {
  const state = createTenantState(personas, { orgSize });
  const formDigests = createFormDigests();
  const staticFile = createStaticFiles(staticRoot);

  async function answerApi(req, url, match) {
    const name = decodedPath(match[1]);
    const area = AREAS[match[2]];
    const areaPath = decodedPath(match[3] || '/');
    if (name === null || !state.has(name)) return textReply(404, `There is no persona called '${match[1]}'.`);
    if (areaPath === null) return textReply(400, 'The URL is not valid.');
    const body = await readRequestBody(req);
    const entry = state.requestLog.record({ persona: name, kind: area.kind, method: req.method, path: url.pathname + url.search });
    const persona = await state.persona(name);
    const origin = `http://${req.headers.host}`;
    const ctx = {
      method: req.method,
      path: areaPath,
      query: url.searchParams,
      headers: req.headers,
      body,
      origin,
      urls: personaUrls(origin, name),
      persona,
      formDigests,
      organisation: state.organisation,
      logEntry: entry,
      requestId: crypto.randomUUID(),
      clientRequestId: String(req.headers['client-request-id'] || crypto.randomUUID())
    };
    const reply = await area.answer(ctx);
    // Latency stands for the network and the service, so it delays the answer, not the work.
    await delay(latencyMs + persona.behaviour.extraLatencyMs);
    entry.status = reply.status;
    return reply;
  }

  async function answer(req) {
    const url = new URL(req.url, 'http://tenant.invalid');
    if (url.pathname.startsWith('/__tenant/')) {
      const body = await readRequestBody(req);
      return testApi(state, {
        method: req.method,
        path: url.pathname.slice('/__tenant'.length),
        query: url.searchParams,
        body,
        origin: `http://${req.headers.host}`
      });
    }
    const match = PERSONA_PATH.exec(url.pathname);
    if (match) return answerApi(req, url, match);
    if (url.pathname.startsWith('/u/')) return textReply(404, 'Not found');
    return staticFile(req.method, url.pathname);
  }

  const server = http.createServer((req, res) => {
    answer(req)
      .then((reply) => sendReply(req, res, reply))
      .catch((error) => {
        if (error instanceof BodyTooLargeError) return sendReply(req, res, textReply(413, error.message));
        console.error('Fake tenant failed to answer', req.method, req.url, error);
        if (!res.headersSent) sendReply(req, res, textReply(500, `The fake tenant failed: ${error.message}`));
        else res.destroy();
      });
  });

  // Longer than clients' idle time, so a client never reuses a socket the server just closed
  // (Node's 5 s default raced with test processes that were busy for a few seconds).
  server.keepAliveTimeout = 65000;

  return {
    server,
    state,
    /** Makes every persona's photos now rather than on first use (about 0.3 s of CPU each). */
    async warmUp() {
      for (const definition of state.definitions) await state.persona(definition.name);
    },
    /** Starts listening on localhost; resolves with the base URL, e.g. "http://localhost:4321/". */
    listen(port = 0, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve(`http://localhost:${server.address().port}/`);
        });
      });
    },
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    }
  };
}

if (require.main === module) {
  const started = process.hrtime.bigint();
  const tenant = createTenant({
    latencyMs: Number(process.env.LATENCY_MS || 0),
    staticRoot: process.env.STATIC_ROOT || DEFAULT_STATIC_ROOT,
    orgSize: process.env.ORG_SIZE ? Number(process.env.ORG_SIZE) : undefined
  });
  tenant.listen(Number(process.env.PORT || 4321), process.env.HOST || '127.0.0.1').then((url) => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    console.log(`Fake tenant running at ${url} (listening ${ms.toFixed(0)} ms after start)`);
    if (process.env.WARM_UP === '0') return undefined;
    const warming = Date.now();
    return tenant.warmUp().then(() => console.log(`Persona photos ready in ${Date.now() - warming} ms`));
  });
  const stop = () => tenant.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

module.exports = { createTenant, DEFAULT_STATIC_ROOT };
