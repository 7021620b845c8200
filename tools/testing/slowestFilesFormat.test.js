'use strict';
const path = require('path');
const { slowest, formatSlowest } = require('./slowestFilesFormat');

const root = path.join(path.sep, 'project');
const file = (name, ms) => ({ path: path.join(root, ...name.split('/')), ms });

describe('the slowest test files at the end of a run', () => {
  it('names the slowest first and stops at the count asked for', () => {
    const files = [file('a.test.js', 100), file('b.test.js', 3000), file('c.test.js', 2000), file('d.test.js', 50)];
    expect(slowest(files, 2).map((f) => f.ms)).toEqual([3000, 2000]);
  });

  it('keeps every file when there are fewer than asked for, and skips ones without a time', () => {
    expect(slowest([file('a.test.js', 10), file('b.test.js', NaN)], 10).map((f) => f.ms)).toEqual([10]);
  });

  it('prints seconds lined up, with each path from the project root in forward slashes', () => {
    expect(formatSlowest([file('e2e/organisation.test.ts', 61234), file('src/x.test.ts', 940)], root)).toEqual([
      'Slowest 2 test files:',
      '  61.2 s  e2e/organisation.test.ts',
      '   0.9 s  src/x.test.ts'
    ]);
  });

  it('prints nothing when no file ran', () => {
    expect(formatSlowest([], root)).toEqual([]);
  });
});
