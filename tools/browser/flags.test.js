'use strict';
const { CHROMIUM_ARGS, mergeFlags } = require('./flags');

describe('merging our Chromium switches with a build\'s own', () => {
  it('keeps our switches that keep Chromium off the network', () => {
    const merged = mergeFlags(CHROMIUM_ARGS, ['--no-zygote']);
    expect(merged).toEqual(expect.arrayContaining(['--disable-background-networking', '--disable-component-update', '--disable-quic', '--no-zygote']));
  });

  it('lets the build set a switch we also set, once', () => {
    const merged = mergeFlags(['--headless', '--no-sandbox'], ["--headless='shell'", '--no-sandbox']);
    expect(merged).toEqual(["--headless='shell'", '--no-sandbox']);
  });

  it('never takes switches that weaken the page\'s security or run everything in one process', () => {
    const merged = mergeFlags(CHROMIUM_ARGS, ['--disable-web-security', '--allow-running-insecure-content', '--single-process', '--disable-site-isolation-trials']);
    expect(merged).toEqual(CHROMIUM_ARGS);
  });
});
