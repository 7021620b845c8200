'use strict';

// Drawing, encoding and resizing a persona's photos takes 0.3-0.9 s of CPU, and every fake tenant
// process made them again: a test run starts about twenty, so photos took about half of the
// tenant tests' time. The photos depend only on their spec and on the code that makes them, so
// each one is kept on disk, under a folder named by a hash of that code and of jimp's version:
// a change to how photos are drawn or encoded makes a new folder, never a stale photo.
//
// The cache is a speed-up only: a file that cannot be read or written is made again, and
// PHOTO_CACHE=0 turns it off. PHOTO_CACHE_DIR moves it (default node_modules/.cache).

const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

// The files whose code decides a photo's bytes.
const PHOTO_CODE = [
  'photoLibrary.js',
  'photoCache.js',
  'portraits.js',
  'renditions.js',
  'jpegBytes.js',
  'jpegPadding.js',
  'pictureDecoder.js',
  'profilePictureRules.js'
];

function codeHash() {
  const hash = crypto.createHash('sha256');
  for (const file of PHOTO_CODE) hash.update(fs.readFileSync(path.join(__dirname, file)));
  hash.update(require('jimp/package.json').version);
  return hash.digest('hex').slice(0, 16);
}

function defaultFolder() {
  const root = process.env.PHOTO_CACHE_DIR || path.join(__dirname, '..', 'node_modules', '.cache', 'fake-tenant-photos');
  return path.join(root, codeHash());
}

// Buffers as base64 inside JSON; everything else the photo records hold is plain JSON.
function encode(value) {
  if (Buffer.isBuffer(value)) return { $base64: value.toString('base64') };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  return value;
}

function decode(value) {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === 'object') {
    if (typeof value.$base64 === 'string') return Buffer.from(value.$base64, 'base64');
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]));
  }
  return value;
}

/**
 * A cache of photo records on disk. `remember(key, make)` resolves to the record stored under
 * `key`, or makes it with `make()` and stores it. `folder: null` turns the disk off.
 */
function createPhotoCache({ folder = process.env.PHOTO_CACHE === '0' ? null : defaultFolder() } = {}) {
  const fileOf = (key) => path.join(folder, `${crypto.createHash('sha256').update(key).digest('hex')}.json`);

  function read(key) {
    try {
      const stored = JSON.parse(fs.readFileSync(fileOf(key), 'utf8'));
      return stored.key === key ? decode(stored.value) : undefined;
    } catch {
      return undefined;
    }
  }

  function write(key, value) {
    try {
      fs.mkdirSync(folder, { recursive: true });
      // Written aside and renamed, so a process reading at the same time sees all or nothing.
      const aside = `${fileOf(key)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}`;
      fs.writeFileSync(aside, JSON.stringify({ key, value: encode(value) }));
      fs.renameSync(aside, fileOf(key));
    } catch {
      // A read-only or full disk: the photo is made again next time.
    }
  }

  return {
    folder,
    async remember(key, make) {
      if (!folder) return make();
      const stored = read(key);
      if (stored !== undefined) return stored;
      const value = await make();
      write(key, value);
      return value;
    }
  };
}

module.exports = { createPhotoCache, PHOTO_CODE };
