'use strict';
// Re-minifying a chunk's pre-minification code with esbuild, cut into pieces that each belong to one
// group. The real bundle is mostly one concatenated module with no module boundaries left, so this
// replica, with a marker comment at each module's start, is what tells the packages apart.
const { groupOf, RUNTIME_GROUP } = require('./groups');

const MARKER = /\/\*! @@size:(\d+) \*\//g;
const marker = (index) => `\n/*! @@size:${index} */\n`;

/** Splits a concatenated module's code at the comments webpack puts before each module it inlined. */
function concatenatedSections(code, innerNames) {
  const sections = [];
  let group = RUNTIME_GROUP;
  let name = '(concatenation glue)';
  let start = 0;
  const boundary = /^(?:;\/\/ (.+)|\/\/ NAMESPACE OBJECT: (.+)|\/\/ EXTERNAL MODULE: (.+))$/gm;
  let match;
  while ((match = boundary.exec(code)) !== null) {
    const moduleName = match[1] || match[2];
    if (moduleName && !innerNames.has(moduleName)) continue; // a line of code that only looks like a boundary
    sections.push({ group, name, code: code.slice(start, match.index) });
    group = moduleName ? groupOf(moduleName) : RUNTIME_GROUP;
    name = moduleName || match[3];
    start = match.index;
  }
  sections.push({ group, name, code: code.slice(start) });
  return sections;
}

/** Minifies marked code with esbuild and returns the text each section became, or null if esbuild cannot parse it. */
function minifiedSections(esbuild, sections, wrap, options) {
  const source = sections.map((section, index) => marker(index) + wrap(section.code)).join('');
  let output;
  try {
    output = esbuild.transformSync(source, { loader: 'js', minify: true, legalComments: 'inline', logLevel: 'silent', ...options }).code;
  } catch (error) {
    return null;
  }
  const texts = sections.map(() => '');
  let current = 0;
  let start = 0;
  // Licence comments are extracted from the real bundle; keep them out of the shares.
  // webpack's own names are parameters of the module function in the real bundle, so terser shortens them.
  const take = (end) => {
    texts[current] += output.slice(start, end).replace(/\/\*![\s\S]*?\*\//g, '').replace(/\b__(?:unused_)?webpack_\w+/g, 'n').trim();
  };
  let match;
  MARKER.lastIndex = 0;
  while ((match = MARKER.exec(output)) !== null) {
    take(match.index);
    current = Number(match[1]);
    start = match.index + match[0].length;
  }
  take(output.length);
  return texts;
}

// Each module's generated code is the body of its function in the bundle, or for a concatenated module
// the shared scope of everything it inlined. Minified as the top level of an ES module, esbuild drops
// what nothing uses, as terser does inside those functions in the real build.
const AS_MODULE_SCOPE = [(code) => code, { format: 'esm', treeShaking: true }];
// Sloppy-mode code (no "use strict", `with`, octal escapes) does not parse as an ES module.
const AS_FUNCTION = [(code) => `__module(function(module,exports,__webpack_require__){${code}\n});`, {}];

function minifyModule(esbuild, sections) {
  for (const [wrap, options] of [AS_MODULE_SCOPE, AS_FUNCTION]) {
    const texts = minifiedSections(esbuild, sections, wrap, options);
    if (texts) return { texts, fallback: false };
  }
  // Code esbuild cannot parse still gets a share, by its unminified size.
  return { texts: sections.map((section) => section.code), fallback: true };
}

/** The re-minified text of one chunk, cut into pieces that each belong to one group. */
function chunkPieces(esbuild, chunkCode, innerNamesByModuleId) {
  const pieces = [];
  let fallback = false;
  for (const module of chunkCode) {
    const sections = module.kind === 'concatenated'
      ? concatenatedSections(module.code, innerNamesByModuleId.get(String(module.id)) || new Set())
      : [{ group: groupOf(module.name), name: module.name, code: module.code }];
    const result = minifyModule(esbuild, sections);
    fallback = fallback || result.fallback;
    sections.forEach((section, index) => {
      const text = result.texts[index];
      pieces.push({ group: section.group, name: section.name, bytes: Buffer.byteLength(text), text });
    });
  }
  return { pieces, fallback };
}

module.exports = { concatenatedSections, minifyModule, chunkPieces };
