'use strict';
// The Chromium that `npm ci` installs (@sparticuz/chromium): a compressed binary, its fonts and the
// NSS libraries it links against, shipped inside the package, so nothing is fetched or installed
// system-wide. We unpack it once into node_modules/.cache, keyed by the package's version.
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const ROOT = path.join(__dirname, '..', '..');
const PACKAGE = '@sparticuz/chromium';

// The package is ES-module only and unpacks into os.tmpdir(); a child Node process imports it with
// TMPDIR pointed at a private staging folder (jest's module system cannot import ES modules).
// The Amazon Linux libraries (NSS, expat) are unpacked too: a bare Debian machine lacks them.
const UNPACK = `
const path = require('path');
import(${JSON.stringify(PACKAGE)}).then(async ({ default: chromium, inflate }) => {
  await chromium.executablePath();
  await inflate(path.join(process.argv[1], 'al2023.tar.br'));
  process.stdout.write(JSON.stringify(chromium.args));
}).catch((error) => { console.error(error); process.exit(1); });`;

function packageDir() {
  const dir = path.join(ROOT, 'node_modules', ...PACKAGE.split('/'));
  return fs.existsSync(path.join(dir, 'package.json')) ? dir : null;
}

/** Where this package version is unpacked; null when `npm ci` has not installed the package. */
function unpackedDir() {
  const dir = packageDir();
  if (!dir) return null;
  const { version } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  return path.join(ROOT, 'node_modules', '.cache', `sparticuz-chromium-${version}`);
}

// The package's fonts.conf names Lambda's folders; ours names where the fonts will be once `staging`
// is renamed to `dir`.
function writeFontConfig(staging, dir) {
  const fonts = path.join(dir, 'fonts');
  fs.writeFileSync(path.join(staging, 'fonts', 'local.conf'), [
    '<?xml version="1.0"?>', '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">', '<fontconfig>',
    `  <dir>${path.join(fonts, 'fonts')}</dir>`, `  <cachedir>${path.join(dir, 'fonts-cache')}</cachedir>`, '</fontconfig>', ''
  ].join('\n'));
}

function unpack(dir) {
  const staging = `${dir}.${process.pid}.tmp`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  const args = execFileSync(process.execPath, ['-e', UNPACK, path.join(packageDir(), 'bin')], {
    cwd: ROOT, env: { ...process.env, TMPDIR: staging }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']
  });
  fs.writeFileSync(path.join(staging, 'args.json'), args);
  writeFontConfig(staging, dir);
  // Renaming a finished folder into place is atomic, so a process never sees half a browser; when
  // another process got there first, its copy is as good as ours.
  try {
    fs.renameSync(staging, dir);
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    if (!fs.existsSync(path.join(dir, 'args.json'))) throw error;
  }
}

/**
 * The npm Chromium, unpacked on first use (a few seconds): { executablePath, args, env }, where args
 * are the switches the build needs and env the variables it needs; null when the package is missing.
 */
function npmChromium() {
  const dir = unpackedDir();
  if (!dir) return null;
  if (!fs.existsSync(path.join(dir, 'args.json'))) unpack(dir);
  const libs = path.join(dir, 'al2023', 'lib');
  return {
    executablePath: path.join(dir, 'chromium'),
    args: JSON.parse(fs.readFileSync(path.join(dir, 'args.json'), 'utf8')),
    env: {
      ...process.env,
      LD_LIBRARY_PATH: [libs, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
      FONTCONFIG_FILE: path.join(dir, 'fonts', 'local.conf')
    }
  };
}

module.exports = { npmChromium, PACKAGE };
