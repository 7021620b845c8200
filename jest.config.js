'use strict';

const os = require('os');

// Four projects: the web part's own code (jsdom), the fake tenant (node), the build and test tools
// (node), and browser tests that drive Chromium against the fake tenant (node). Every project runs on
// one worker per core (jest's default leaves one core idle); each worker has its own fake tenant and
// Chromium for the browser tests, started once for the run (e2e/support/globalSetup.js).
const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
// TypeScript by esbuild, file by file; the type check is tsc's, beside jest (tools/testing/test.js).
const typeScript = '<rootDir>/jest/esbuildTransform.js';

module.exports = {
  maxWorkers: cores,
  reporters: ['default', '<rootDir>/tools/testing/slowestFiles.js'],
  // Browser files first on a run with no timings yet (jest/slowFirstSequencer.js).
  testSequencer: '<rootDir>/jest/slowFirstSequencer.js',
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/src'],
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
      transform: { '^.+\\.(ts|tsx|js)$': typeScript },
      // PnPjs v4 ships ES modules only.
      transformIgnorePatterns: ['/node_modules/(?!(@pnp)/)'],
      moduleNameMapper: {
        '^ProfileSyncWebPartStrings$': '<rootDir>/jest/strings.js',
        // SPFx's runtime only loads inside SharePoint: stand-ins that follow its documented lifecycle.
        '^@microsoft/(sp-webpart-base|sp-core-library|sp-property-pane|sp-http|sp-component-base)$': '<rootDir>/jest/spfx/$1.ts'
      },
      setupFilesAfterEnv: ['<rootDir>/jest/setup.ts']
    },
    {
      displayName: 'tenant',
      testEnvironment: 'node',
      roots: ['<rootDir>/tenant'],
      testMatch: ['**/*.test.js']
    },
    {
      displayName: 'tools',
      testEnvironment: 'node',
      roots: ['<rootDir>/tools', '<rootDir>/bench'],
      testMatch: ['**/*.test.js']
    },
    {
      displayName: 'browser',
      testEnvironment: 'node',
      roots: ['<rootDir>/e2e'],
      testMatch: ['**/*.test.ts'],
      globalSetup: '<rootDir>/e2e/support/globalSetup.js',
      globalTeardown: '<rootDir>/e2e/support/globalTeardown.js',
      transform: { '^.+\\.ts$': typeScript }
    }
  ]
};
