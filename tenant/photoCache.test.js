'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { createPhotoCache } = require('./photoCache');

let folder;
beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'photo-cache-'));
});
afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

const record = () => ({ bytes: Buffer.from([0xff, 0xd8, 0, 1, 2, 0xff, 0xd9]), width: 648, renditions: { S: { bytes: Buffer.from('small'), width: 48 } } });

test('a photo made in one process is read back, bytes and all, by the next without being made again', async () => {
  let made = 0;
  const make = async () => {
    made += 1;
    return record();
  };
  await createPhotoCache({ folder }).remember('photo:a', make);
  const again = await createPhotoCache({ folder }).remember('photo:a', make);
  expect(made).toBe(1);
  expect(again).toEqual(record());
  expect(Buffer.isBuffer(again.renditions.S.bytes)).toBe(true);
});

test('a damaged cache file is made again, never served', async () => {
  const cache = createPhotoCache({ folder });
  await cache.remember('photo:a', async () => record());
  for (const file of fs.readdirSync(folder)) fs.writeFileSync(path.join(folder, file), '{"key":"photo:a","val');
  const remade = await createPhotoCache({ folder }).remember('photo:a', async () => ({ ...record(), width: 96 }));
  expect(remade.width).toBe(96);
});

test('different keys keep different photos', async () => {
  const cache = createPhotoCache({ folder });
  await cache.remember('photo:a', async () => ({ bytes: Buffer.from('a') }));
  await cache.remember('photo:b', async () => ({ bytes: Buffer.from('b') }));
  const fresh = createPhotoCache({ folder });
  expect(String((await fresh.remember('photo:a', async () => null)).bytes)).toBe('a');
  expect(String((await fresh.remember('photo:b', async () => null)).bytes)).toBe('b');
});

test('with the disk turned off every call makes the photo', async () => {
  let made = 0;
  const cache = createPhotoCache({ folder: null });
  await cache.remember('photo:a', async () => ++made);
  await cache.remember('photo:a', async () => ++made);
  expect(made).toBe(2);
});
