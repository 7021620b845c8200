'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { findBrowser } = require('./findBrowser');
const { versionOf } = require('./startsUp');

describe('finding a browser', () => {
  let dir;
  const saved = process.env.CHROME_PATH;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'find-browser-'));
  });

  afterEach(() => {
    if (saved === undefined) delete process.env.CHROME_PATH; else process.env.CHROME_PATH = saved;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function fakeBrowser(script, mode) {
    const file = path.join(dir, 'chrome');
    fs.writeFileSync(file, script, { mode });
    return file;
  }

  it('takes CHROME_PATH first when it starts, with our switches', () => {
    process.env.CHROME_PATH = fakeBrowser('#!/bin/sh\necho "Chromium 140.0.1 fake"\n', 0o755);
    const found = findBrowser();
    expect(found).toMatchObject({ executablePath: process.env.CHROME_PATH, source: 'CHROME_PATH', version: 'Chromium 140.0.1 fake' });
    expect(found.args).toContain('--disable-background-networking');
  });

  it('stops with what to do when CHROME_PATH is set but does not start', () => {
    process.env.CHROME_PATH = fakeBrowser('', 0o644);
    expect(() => findBrowser()).toThrow(/CHROME_PATH is .* which does not start/);
  });

  it('does not count a file that exists but does not run as a browser', () => {
    expect(versionOf(fakeBrowser('', 0o644))).toBeNull();
    expect(versionOf(path.join(dir, 'absent'))).toBeNull();
    expect(versionOf(fakeBrowser('#!/bin/sh\nexit 1\n', 0o755))).toBeNull();
  });
});
