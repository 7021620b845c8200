'use strict';
// `npm test`: the type check (tsc, the tests' own config: esbuild compiles file by file (jest/esbuildTransform.js) and does not
// check types) beside jest, not in front of it; fails when either fails. Arguments go to jest.
const { spawn } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..', '..');
const bin = (name) => path.join(root, 'node_modules', name);

function run(label, args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('exit', (code, signal) => resolve({ label, ok: code === 0, why: signal || `exit ${code}` }));
  });
}

(async () => {
  const started = Date.now();
  const typeCheck = run('Type check (tsc -p tsconfig.jest.json)', [bin('typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.jest.json'])
    .then((result) => {
      process.stderr.write(`${result.ok ? 'Type check passed' : 'Type check FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
      return result;
    });
  const results = await Promise.all([typeCheck, run('jest', [bin('jest/bin/jest.js'), ...process.argv.slice(2)])]);
  const failed = results.filter((result) => !result.ok);
  failed.forEach((result) => process.stderr.write(`${result.label} failed (${result.why})\n`));
  process.exit(failed.length > 0 ? 1 : 0);
})();
