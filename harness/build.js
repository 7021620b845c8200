'use strict';
// Builds the fake tenant's page: our real web part component with the real sources, pointed at the
// fake tenant instead of an SPFx context. esbuild takes well under a second.
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const out = path.join(__dirname, 'dist');
const locDir = path.join(root, 'src', 'webparts', 'profileSync', 'loc');

/** ES module exports, one per key, of the object `objectName` names in the module's own code. */
const exportsOf = (objectName, keys) => keys.map((key) => `export var ${key} = ${objectName}[${JSON.stringify(key)}];`).join('\n');

// SPFx serves loc/<locale>.js as AMD modules; the page gets both languages and picks one at run time.
// An ES module with one export per string, as SPFx hands the web part one object: a CommonJS module
// here would be copied, string by string, into every module that imports it (esbuild's interop),
// about 4,000 properties at the page's start that the web part on SharePoint never pays for.
const stringsPlugin = {
  name: 'profile-sync-strings',
  setup(build) {
    build.onResolve({ filter: /^ProfileSyncWebPartStrings$/ }, () => ({ path: 'strings', namespace: 'loc' }));
    build.onLoad({ filter: /.*/, namespace: 'loc' }, () => {
      const source = (locale) => fs.readFileSync(path.join(locDir, `${locale}.js`), 'utf8');
      const amd = (locale) => `(function () { var define = function (_deps, factory) { return factory(); }; return ${source(locale)} })()`;
      // The keys, from English (loc.test.ts proves Norwegian has the same).
      const keys = Object.keys(new Function(`return ${amd('en-us')}`)());
      return {
        contents: `var all = { 'en-us': ${amd('en-us')}, 'nb-no': ${amd('nb-no')} };\n` +
          `var lang = (new URLSearchParams(window.location.search).get('lang') || 'en-us').toLowerCase();\n` +
          `var chosen = all[lang] || all['en-us'];\n` +
          exportsOf('chosen', keys),
        loader: 'js'
      };
    });
  }
};

// React as one ES module, for the same reason: SPFx provides React to the web part as one object, while
// esbuild would copy its CommonJS exports into each of the 71 modules that import it.
const reactPlugin = {
  name: 'react-once',
  setup(build) {
    const reactPath = require.resolve('react', { paths: [root] });
    build.onResolve({ filter: /^react$/ }, () => ({ path: 'react', namespace: 'react-once' }));
    build.onLoad({ filter: /.*/, namespace: 'react-once' }, () => {
      const keys = Object.keys(require(reactPath)).filter((key) => key !== 'default');
      return {
        contents: `import React from ${JSON.stringify(reactPath)};\nexport default React;\n` +
          exportsOf('React', keys),
        loader: 'js',
        resolveDir: root
      };
    });
  }
};

async function build() {
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(path.join(out, 'fonts'), { recursive: true });
  await esbuild.build({
    entryPoints: [path.join(__dirname, 'src', 'main.tsx')],
    bundle: true,
    outfile: path.join(out, 'app.js'),
    format: 'iife',
    target: 'es2019',
    minify: true,
    sourcemap: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [stringsPlugin, reactPlugin],
    logLevel: 'warning'
  });
  fs.copyFileSync(path.join(__dirname, 'public', 'index.html'), path.join(out, 'index.html'));
  // Icons come from our own server: the Microsoft CDN is not reachable offline.
  const fonts = path.join(root, 'node_modules', '@fluentui', 'font-icons-mdl2', 'fonts');
  fs.readdirSync(fonts).forEach((file) => fs.copyFileSync(path.join(fonts, file), path.join(out, 'fonts', file)));
}

module.exports = { build };

if (require.main === module) {
  const started = Date.now();
  build().then(() => console.log(`Built the fake tenant's page in ${Date.now() - started} ms (harness/dist)`),
    (error) => { console.error(error); process.exit(1); });
}
