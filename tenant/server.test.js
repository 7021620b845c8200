'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');
const { startTestTenant } = require('./testTenant');

jest.setTimeout(30000);

/** A GET with the path sent exactly as written (fetch would normalise "/../"). */
function rawGet(baseUrl, rawPath) {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    http
      .get({ hostname, port, path: rawPath }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString() }));
      })
      .on('error', reject);
  });
}

describe('static files', () => {
  let tenant;
  let root;

  beforeAll(async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'tenant-static-'));
    root = path.join(parent, 'dist');
    fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(parent, 'secret.txt'), 'TOP SECRET');
    const files = {
      'index.html': '<!DOCTYPE html><title>Harness</title>',
      'assets/app.js': 'console.log(1)',
      'assets/app.js.map': '{}',
      'assets/app.css': 'body{}',
      'assets/font.woff2': 'w2',
      'assets/font.woff': 'w1',
      'assets/logo.svg': '<svg/>',
      'assets/logo.png': 'png',
      'assets/data.json': '{}'
    };
    for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(root, file), text);
    tenant = await startTestTenant({ staticRoot: root });
  });
  afterAll(() => tenant.close());

  test('/ serves index.html', async () => {
    const response = await fetch(`${tenant.url}/`);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>Harness</title>');
  });

  test.each([
    ['assets/app.js', /^text\/javascript/],
    ['assets/app.js.map', /^application\/json/],
    ['assets/app.css', /^text\/css/],
    ['assets/font.woff2', /^font\/woff2$/],
    ['assets/font.woff', /^font\/woff$/],
    ['assets/logo.svg', /^image\/svg\+xml$/],
    ['assets/logo.png', /^image\/png$/],
    ['assets/data.json', /^application\/json/]
  ])('%s has the right content type', async (file, type) => {
    const response = await fetch(`${tenant.url}/${file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(type);
  });

  test.each(['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e%5csecret.txt'])(
    '%s does not leave the root',
    async (rawPath) => {
      const response = await rawGet(tenant.url, rawPath);
      expect(response.status).toBe(404);
      expect(response.body).not.toContain('TOP SECRET');
    }
  );

  test('missing files and other methods are 404', async () => {
    expect((await fetch(`${tenant.url}/nothing.js`)).status).toBe(404);
    expect((await fetch(`${tenant.url}/index.html`, { method: 'POST' })).status).toBe(404);
  });
});

describe('API requests', () => {
  let tenant;
  beforeAll(async () => {
    tenant = await startTestTenant({ latencyMs: 300 });
  });
  afterAll(() => tenant.close());

  test('are delayed by the latency', async () => {
    await fetch(`${tenant.persona('in-sync').graph}/v1.0/me`); // makes the persona's photos first
    const started = Date.now();
    const response = await fetch(`${tenant.persona('in-sync').graph}/v1.0/me`);
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  });

  test.each(['/u/nobody/sp/_api/contextinfo', '/u/nobody/graph/v1.0/me', '/u/in-sync/elsewhere/x', '/u/in-sync'])(
    '%s is 404',
    async (urlPath) => {
      expect((await fetch(`${tenant.url}${urlPath}`)).status).toBe(404);
    }
  );
});
