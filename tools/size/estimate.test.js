'use strict';
const esbuild = require('esbuild');
const { groupOf, RUNTIME_GROUP } = require('./groups');
const { concatenatedSections, minifyModule } = require('./minify');
const { chargeChunk, roundedGroups } = require('./costs');

describe('estimating what each package costs', () => {
  it('charges a module to its package, a scoped package or the source folder people edit', () => {
    expect(groupOf('./node_modules/react-dom/cjs/react-dom.production.min.js')).toBe('react-dom');
    expect(groupOf('./node_modules/@fluentui/react/lib/Button.js + 12 modules')).toBe('@fluentui/react');
    expect(groupOf('./lib/profile/diagnose.js')).toBe('src/profile');
    expect(groupOf('webpack/runtime/load script')).toBe(RUNTIME_GROUP);
  });

  it('cuts a concatenated module at its inlined modules and ignores code that only looks like a boundary', () => {
    const code = 'var glue;\n;// ./lib/a.js\nvar a = 1;\n;// not a module\nvar b = 2;\n';
    const sections = concatenatedSections(code, new Set(['./lib/a.js']));
    expect(sections.map((section) => [section.group, section.name])).toEqual([[RUNTIME_GROUP, '(concatenation glue)'], ['src', './lib/a.js']]);
    expect(sections[1].code).toContain('var b = 2');
  });

  it('gives each section its own minified text, and falls back to the source when esbuild cannot parse it', () => {
    const ok = minifyModule(esbuild, [{ code: 'export const first = 1 + 1;' }, { code: 'export function second(x) { return x * 2; }' }]);
    expect(ok.fallback).toBe(false);
    expect(ok.texts[0]).toMatch(/2/);
    expect(ok.texts[1]).toMatch(/second/);
    expect(minifyModule(esbuild, [{ code: 'this is not javascript (' }])).toEqual({ texts: ['this is not javascript ('], fallback: true });
  });

  it('splits a chunk\'s real bytes between groups in proportion to their re-minified size', () => {
    const groups = new Map();
    const modules = new Map();
    const pieces = [
      { group: 'react', name: 'react.js', bytes: 300, text: 'r'.repeat(300) },
      { group: 'src/profile', name: 'diagnose.js', bytes: 100, text: 'p'.repeat(100) }
    ];
    chargeChunk(groups, modules, { kind: 'initial', rawBytes: 4000, gzipBytes: 1000 }, pieces);
    const [react, profile] = roundedGroups(groups);
    expect([react.name, react.minifiedBytes, react.gzipBytes, react.where]).toEqual(['react', 3000, 750, 'initial']);
    expect([profile.name, profile.minifiedBytes, profile.gzipBytes]).toEqual(['src/profile', 1000, 250]);
    expect(modules.get('diagnose.js').gzipBytes).toBe(250);
  });
});
