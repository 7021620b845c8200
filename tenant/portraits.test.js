'use strict';

const { drawPortrait, PLACEHOLDER_LOOK } = require('./portraits');

function pixel(image, u, v) {
  const { width, height, data } = image.bitmap;
  const offset = (Math.floor(v * height) * width + Math.floor(u * width)) * 4;
  return [data[offset], data[offset + 1], data[offset + 2]];
}

function meanDifference(a, b) {
  let total = 0;
  for (let i = 0; i < a.bitmap.data.length; i += 4) {
    for (let c = 0; c < 3; c += 1) total += Math.abs(a.bitmap.data[i + c] - b.bitmap.data[i + c]);
  }
  return total / ((a.bitmap.data.length / 4) * 3);
}

test('a portrait is a square 648 px image by default', () => {
  const image = drawPortrait({});
  expect([image.bitmap.width, image.bitmap.height]).toEqual([648, 648]);
});

test('the look decides where the head is and what colour things are', () => {
  const skin = [0xd8, 0xa2, 0x7a];
  const left = drawPortrait({ skin: '#d8a27a', head: { x: 0.3, y: 0.4, scale: 1 } }, 200);
  const right = drawPortrait({ skin: '#d8a27a', head: { x: 0.7, y: 0.4, scale: 1 } }, 200);
  const isSkin = (rgb) => rgb.every((c, i) => Math.abs(c - skin[i]) < 30);
  expect(isSkin(pixel(left, 0.3, 0.45))).toBe(true);
  expect(isSkin(pixel(left, 0.7, 0.45))).toBe(false);
  expect(isSkin(pixel(right, 0.7, 0.45))).toBe(true);
  expect(meanDifference(left, right)).toBeGreaterThan(10);
});

test('the placeholder is a grey silhouette on a light grey background', () => {
  const image = drawPortrait(PLACEHOLDER_LOOK, 72);
  for (let i = 0; i < image.bitmap.data.length; i += 4) {
    const [r, g, b] = image.bitmap.data.subarray(i, i + 3);
    expect(Math.max(r, g, b) - Math.min(r, g, b)).toBeLessThanOrEqual(2);
  }
  const background = pixel(image, 0.05, 0.05);
  const head = pixel(image, 0.5, 0.43);
  expect(background[0]).toBeGreaterThan(head[0]);
});
