'use strict';
// Image tests re-encode JPEGs with jimp. Under jsdom, jest resolves jimp's "browser" build, which is
// ES modules only and fails to load; under node it resolves the CommonJS build. The top-level
// jest-environment-node package is an old copy pulled in by the SPFx toolchain, so take the one that
// belongs to the jest we run.
const path = require('path');
const jestDirectory = path.dirname(require.resolve('jest/package.json'));
module.exports = require(require.resolve('jest-environment-node', { paths: [jestDirectory] }));
