'use strict';
// Jest's transformer for TypeScript, TSX and the ES modules PnPjs ships: esbuild, file by file, as
// tsconfig.jest.json's isolatedModules allows. It checks no types; `npm test` runs tsc beside jest
// (tools/testing/test.js). A file that calls jest.mock gets those calls lifted above its imports, as
// jest's own transformer does (babel-plugin-jest-hoist, which jest installs), so a mock is in place
// before the module that uses it loads.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');

const tsconfigPath = path.join(__dirname, '..', 'tsconfig.jest.json');
const compilerOptions = JSON.parse(fs.readFileSync(tsconfigPath, 'utf8')).compilerOptions;
// What esbuild reads of tsconfig: class fields as TypeScript emits them for es2019, and JSX.
const tsconfigRaw = {
  compilerOptions: {
    target: compilerOptions.target,
    jsx: compilerOptions.jsx,
    useDefineForClassFields: false,
    esModuleInterop: compilerOptions.esModuleInterop
  }
};
const version = [require('esbuild/package.json').version, JSON.stringify(tsconfigRaw), fs.readFileSync(__filename, 'utf8')].join('\n');

function loaderOf(filename) {
  const extension = path.extname(filename).slice(1);
  if (extension === 'tsx' || extension === 'ts' || extension === 'jsx') return extension;
  return 'js';
}

function hoistMocks(code, filename) {
  const babel = require('@babel/core');
  const result = babel.transformSync(code, {
    filename,
    babelrc: false,
    configFile: false,
    compact: false,
    sourceMaps: 'inline',
    plugins: [require.resolve('babel-plugin-jest-hoist')]
  });
  return result.code;
}

module.exports = {
  getCacheKey(source, filename) {
    return crypto.createHash('sha1').update(version).update('\0').update(filename).update('\0').update(source).digest('hex');
  },

  process(source, filename) {
    const result = esbuild.transformSync(source, {
      loader: loaderOf(filename),
      format: 'cjs',
      target: compilerOptions.target,
      platform: 'node',
      sourcemap: 'inline',
      sourcefile: filename,
      tsconfigRaw,
      // import() of a chunk becomes a require inside a promise, as tsc's commonjs output has it:
      // jest runs modules without --experimental-vm-modules.
      supported: { 'dynamic-import': false }
    });
    const code = /\bjest\.(mock|unmock|enableAutomock|disableAutomock)\(/.test(source) ? hoistMocks(result.code, filename) : result.code;
    return { code };
  }
};
