'use strict';
const { CHROMIUM_ARGS, mergeFlags } = require('./flags');

describe('merging our Chromium switches with a build\'s own', () => {
  it('keeps our switches that keep Chromium off the network', () => {
    const merged = mergeFlags(CHROMIUM_ARGS, ['--disable-print-preview']);
    expect(merged).toEqual(expect.arrayContaining(['--disable-background-networking', '--disable-component-update', '--disable-quic', '--disable-print-preview']));
  });

  it('lets the build set a switch we also set, once', () => {
    const merged = mergeFlags(['--headless', '--no-sandbox'], ["--headless='shell'", '--no-sandbox']);
    expect(merged).toEqual(["--headless='shell'", '--no-sandbox']);
  });

  it('never takes switches that weaken the page\'s security, run everything in one process or start every renderer from scratch', () => {
    const merged = mergeFlags(CHROMIUM_ARGS, ['--disable-web-security', '--allow-running-insecure-content', '--single-process', '--disable-site-isolation-trials', '--no-zygote']);
    expect(merged).toEqual(CHROMIUM_ARGS);
  });
});
