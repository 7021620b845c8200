'use strict';
// Builds the fake tenant's page: our real web part component with the real sources, pointed at the
// fake tenant instead of an SPFx context. esbuild takes well under a second.
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const out = path.join(__dirname, 'dist');
const locDir = path.join(root, 'src', 'webparts', 'profileSync', 'loc');

// SPFx serves loc/<locale>.js as AMD modules; the page gets both languages and picks one at run time.
const stringsPlugin = {
  name: 'profile-sync-strings',
  setup(build) {
    build.onResolve({ filter: /^ProfileSyncWebPartStrings$/ }, () => ({ path: 'strings', namespace: 'loc' }));
    build.onLoad({ filter: /.*/, namespace: 'loc' }, () => {
      const amd = (locale) => `(function () { var define = function (_deps, factory) { return factory(); }; return ${fs.readFileSync(path.join(locDir, `${locale}.js`), 'utf8')} })()`;
      return {
        contents: `var all = { 'en-us': ${amd('en-us')}, 'nb-no': ${amd('nb-no')} };\n` +
          `var lang = (new URLSearchParams(window.location.search).get('lang') || 'en-us').toLowerCase();\n` +
          `module.exports = all[lang] || all['en-us'];`,
        loader: 'js'
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
    plugins: [stringsPlugin],
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
