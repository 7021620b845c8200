'use strict';
// A jest reporter: the ten slowest test files at the end of every run, so a file that grew slow is
// seen the day it does (issue 17). Times are each file's own, from jest's per-file figures.
const { slowest, formatSlowest } = require('./slowestFilesFormat');

class SlowestFiles {
  constructor(globalConfig) {
    this._rootDir = globalConfig.rootDir;
  }

  onRunComplete(_contexts, results) {
    const files = results.testResults.map((result) => ({
      path: result.testFilePath,
      ms: result.perfStats.end - result.perfStats.start
    }));
    const lines = formatSlowest(slowest(files, 10), this._rootDir);
    if (lines.length > 0) process.stderr.write(`\n${lines.join('\n')}\n`);
  }
}

module.exports = SlowestFiles;
