'use strict';
// Webpack plugin (added by gulpfile.js to ship builds only) that records what went into each chunk,
// so tools/size.js can tell initial from lazy JavaScript and say what each package costs.
//
// Writes, after the bundles are on disk:
// - temp/webpack-stats.json: a lean webpack stats object (chunks with files, `initial`/`entry` flags,
//   relations and modules with name and pre-minification size; concatenated modules list the modules
//   inside them; the emitted assets and entry points).
// - temp/webpack-module-code.json: each chunk module's generated code before minification. Almost
//   the whole web part is one concatenated module, so positions in the minified file say nothing
//   about packages; tools/size/minify.js minifies this code itself to split the real sizes by package.
//
// It only reads the compilation: the emitted bundles are byte-for-byte the same with or without it.
const fs = require('fs');
const path = require('path');

const STATS_FILE = 'temp/webpack-stats.json';
const CODE_FILE = 'temp/webpack-module-code.json';
const STATS_FORMAT = 1;

const STATS_OPTIONS = {
  all: false,
  version: true,
  hash: true,
  builtAt: true,
  outputPath: true,
  ids: true,
  assets: true,
  cachedAssets: true,
  assetsSpace: Infinity,
  excludeAssets: [],
  entrypoints: true,
  chunks: true,
  chunkRelations: true,
  chunkModules: true,
  chunkModulesSpace: Infinity,
  dependentModules: true,
  runtimeModules: true,
  cachedModules: true,
  nestedModules: true,
  nestedModulesSpace: Infinity,
  excludeModules: [],
  // Without these webpack folds modules into "dependent modules", "orphan modules", ... groups.
  groupModulesByType: false,
  groupModulesByAttributes: false,
  groupModulesByCacheStatus: false,
  groupModulesByExtension: false,
  groupModulesByLayer: false,
  groupModulesByPath: false,
  groupAssetsByChunk: false,
  groupAssetsByEmitStatus: false,
  groupAssetsByExtension: false,
  groupAssetsByInfo: false,
  groupAssetsByPath: false
};

function leanModule(module) {
  const lean = { id: module.id, name: module.name, identifier: module.identifier, moduleType: module.moduleType, size: module.size };
  if (module.modules) {
    lean.modules = module.modules.map((inner) => ({ name: inner.name, identifier: inner.identifier, size: inner.size }));
  }
  return lean;
}

function leanStats(json) {
  return {
    format: STATS_FORMAT,
    webpackVersion: json.version,
    hash: json.hash,
    builtAt: json.builtAt || Date.now(),
    // Assets copied to ../release are the same files again; keep only those in dist/.
    assets: json.assets
      .filter((asset) => !asset.name.startsWith('../'))
      .map((asset) => ({ name: asset.name, size: asset.size, chunks: asset.chunks || [] })),
    entrypoints: Object.keys(json.entrypoints || {}).map((name) => ({
      name,
      chunks: json.entrypoints[name].chunks,
      assets: json.entrypoints[name].assets.map((asset) => asset.name)
    })),
    chunks: json.chunks.map((chunk) => ({
      id: chunk.id,
      names: chunk.names,
      files: chunk.files,
      initial: chunk.initial,
      entry: chunk.entry,
      size: chunk.size,
      parents: chunk.parents,
      siblings: chunk.siblings,
      children: chunk.children,
      modules: (chunk.modules || []).map(leanModule)
    }))
  };
}

function generatedCode(compilation, module, chunk) {
  if (module.type === 'runtime' && typeof module.getGeneratedCode === 'function') {
    return module.getGeneratedCode() || '';
  }
  const results = compilation.codeGenerationResults;
  if (!results || !results.has(module, chunk.runtime)) return '';
  const source = results.getSource(module, chunk.runtime, 'javascript');
  return source ? source.source().toString() : '';
}

function moduleCode(compilation) {
  const { chunkGraph, requestShortener } = compilation;
  const byChunk = {};
  for (const chunk of compilation.chunks) {
    // Runtime modules are among the chunk's modules too.
    const modules = Array.from(chunkGraph.getChunkModulesIterable(chunk), (module) => ({
      id: chunkGraph.getModuleId(module),
      name: module.readableIdentifier(requestShortener),
      kind: module.type === 'runtime' ? 'runtime' : Array.isArray(module.modules) ? 'concatenated' : 'module',
      code: generatedCode(compilation, module, chunk)
    }));
    byChunk[String(chunk.id)] = modules;
  }
  return { format: STATS_FORMAT, hash: compilation.hash, chunks: byChunk };
}

class SizeStatsPlugin {
  apply(compiler) {
    const statsFile = path.join(compiler.context, STATS_FILE);
    const codeFile = path.join(compiler.context, CODE_FILE);
    // A failed build must not leave the previous build's figures behind.
    const forgetPrevious = () => {
      fs.rmSync(statsFile, { force: true });
      fs.rmSync(codeFile, { force: true });
    };
    compiler.hooks.beforeRun.tap('SizeStatsPlugin', forgetPrevious);
    compiler.hooks.watchRun.tap('SizeStatsPlugin', forgetPrevious);
    compiler.hooks.afterEmit.tap('SizeStatsPlugin', (compilation) => {
      if (compilation.errors.length > 0) return;
      try {
        fs.mkdirSync(path.dirname(statsFile), { recursive: true });
        fs.writeFileSync(statsFile, JSON.stringify(leanStats(compilation.getStats().toJson(STATS_OPTIONS)), null, 1));
        fs.writeFileSync(codeFile, JSON.stringify(moduleCode(compilation)));
      } catch (error) {
        throw new Error(`SizeStatsPlugin could not write ${STATS_FILE}: ${error.message}`);
      }
    });
  }
}

module.exports = { SizeStatsPlugin, STATS_FILE, CODE_FILE, STATS_FORMAT };
