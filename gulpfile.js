'use strict';

const build = require('@microsoft/sp-build-web');
const { SizeStatsPlugin } = require('./tools/size-stats-plugin');

build.addSuppression(`Warning - [sass] The local CSS class 'ms-Grid' is not camelCase and will not be type-safe.`);

var getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  var result = getTasks.call(build.rig);

  result.set('serve', result.get('serve-deprecated'));

  return result;
};

// Ship builds record what went into each chunk, for `npm run size` (tools/size.js). There is one
// additionalConfiguration per project: a later mergeConfig with its own replaces this one, so extend
// this function instead.
build.configureWebpack.mergeConfig({
  additionalConfiguration: (generatedConfig) => {
    if (generatedConfig.mode === 'production') {
      generatedConfig.plugins.push(new SizeStatsPlugin());
    }
    // The organisation view (for IT) takes its own copy of what it shares with the "My profile" view's
    // chunks, rather than webpack splitting the shared code into extra chunks that every employee's
    // page then loads in more pieces.
    const optimization = generatedConfig.optimization || (generatedConfig.optimization = {});
    const splitChunks = optimization.splitChunks || {};
    if (splitChunks !== false) {
      optimization.splitChunks = {
        ...splitChunks,
        chunks: (chunk) => !String(chunk.name || '').startsWith('profile-sync-organisation') && (splitChunks.chunks === 'all' || !chunk.canBeInitial())
      };
    }
    return generatedConfig;
  }
});

build.initialize(require('gulp'));
