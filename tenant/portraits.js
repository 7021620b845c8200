'use strict';

// Draws portrait photos in code, so the fake tenant needs no image files and every persona's
// photo is clearly its own: a "look" chooses the colours (background, skin, hair, shirt) and the
// composition (where the head sits, how big it is, hair style, backdrop pattern).

const { Jimp } = require('jimp');
const { jpegBytes } = require('./jpegBytes');

const DEFAULT_SIZE = 648; // Microsoft 365 keeps originals up to 648x648 (Graph's largest size)

/** A look with every field filled in; personas only name what makes them different. */
function portraitLook(look = {}) {
  return {
    background: ['#1f4e79', '#5b9bd5'],
    backdrop: 'plain',
    skin: '#d8a27a',
    hair: '#3b2414',
    hairStyle: 'short',
    shirt: '#2f6f4e',
    head: { x: 0.5, y: 0.42, scale: 1 },
    glasses: false,
    beard: false,
    features: true,
    ...look
  };
}

/** The grey head-and-shoulders SharePoint shows for a user without a photo. */
const PLACEHOLDER_LOOK = portraitLook({
  background: ['#eaeaea', '#eaeaea'],
  skin: '#c2c2c2',
  hair: '#c2c2c2',
  hairStyle: 'none',
  shirt: '#c2c2c2',
  head: { x: 0.5, y: 0.43, scale: 1 },
  features: false
});

function rgb(hex) {
  const n = parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function shade([r, g, b], factor) {
  const f = (c) => Math.max(0, Math.min(255, Math.round(c * factor)));
  return [f(r), f(g), f(b)];
}

function mix(a, b, t) {
  return [0, 1, 2].map((i) => Math.round(a[i] + (b[i] - a[i]) * t));
}

/** Squared normalised distance from an ellipse's centre: <= 1 is inside. */
function ellipseDistance(u, v, cx, cy, rx, ry) {
  const dx = (u - cx) / rx;
  const dy = (v - cy) / ry;
  return dx * dx + dy * dy;
}

function backdropColour(look, top, bottom, u, v) {
  const base = mix(top, bottom, v);
  switch (look.backdrop) {
    case 'rings': {
      const d = Math.hypot(u - 0.15, v - 0.15);
      return Math.floor(d * 14) % 2 === 0 ? base : shade(base, 1.12);
    }
    case 'diagonal':
      return Math.floor((u + v) * 10) % 2 === 0 ? base : shade(base, 0.88);
    case 'window':
      return u > 0.62 && u < 0.93 && v > 0.08 && v < 0.55 ? mix(base, [255, 255, 255], 0.55) : base;
    case 'dots': {
      const cu = (u * 9) % 1 - 0.5;
      const cv = (v * 9) % 1 - 0.5;
      return cu * cu + cv * cv < 0.06 ? shade(base, 1.18) : base;
    }
    default:
      return base;
  }
}

/** The shapes of a look, top-most first; each answers a colour or null where it is absent. */
function layersOf(look) {
  const { x: hx, y: hy, scale: s } = look.head;
  const skin = rgb(look.skin);
  const hair = rgb(look.hair);
  const shirt = rgb(look.shirt);
  const dark = [40, 30, 30];
  const head = { cx: hx, cy: hy, rx: 0.155 * s, ry: 0.2 * s };
  const inHead = (u, v) => ellipseDistance(u, v, head.cx, head.cy, head.rx, head.ry) <= 1;
  const shaded = (colour, d) => shade(colour, 1.08 - 0.18 * d);

  const layers = [];
  if (look.features) {
    const eyeY = hy - 0.01 * s;
    const eyeDx = 0.058 * s;
    if (look.glasses) {
      layers.push((u, v) => {
        const d = Math.min(Math.hypot(u - hx + eyeDx, v - eyeY), Math.hypot(u - hx - eyeDx, v - eyeY));
        const ring = d > 0.03 * s && d < 0.038 * s;
        const bridge = Math.abs(v - eyeY) < 0.004 * s && Math.abs(u - hx) < eyeDx - 0.03 * s;
        return ring || bridge ? [25, 25, 25] : null;
      });
    }
    layers.push((u, v) =>
      Math.hypot(u - hx + eyeDx, v - eyeY) < 0.014 * s || Math.hypot(u - hx - eyeDx, v - eyeY) < 0.014 * s ? dark : null
    );
    layers.push((u, v) => (ellipseDistance(u, v, hx, hy + 0.095 * s, 0.045 * s, 0.012 * s) <= 1 ? shade(skin, 0.6) : null));
    if (look.beard) {
      layers.push((u, v) => (inHead(u, v) && v > hy + 0.06 * s ? shade(hair, 1.1) : null));
    }
  }
  layers.push(hairTopLayer(look, head, hair));
  layers.push((u, v) => {
    const d = ellipseDistance(u, v, head.cx, head.cy, head.rx, head.ry);
    return d <= 1 ? shaded(skin, d) : null;
  });
  // Neck, then hair that falls behind the head, then the shoulders and shirt.
  layers.push((u, v) =>
    Math.abs(u - hx) < 0.065 * s && v > hy + 0.1 * s && v < hy + 0.33 * s ? shade(skin, 0.85) : null
  );
  if (look.hairStyle === 'long' || look.hairStyle === 'bob') {
    const ry = look.hairStyle === 'long' ? 0.3 : 0.24;
    layers.push((u, v) => {
      const d = ellipseDistance(u, v, hx, hy + (ry - 0.2) * s * 0.7, 0.2 * s, ry * s);
      return d <= 1 ? shaded(hair, d) : null;
    });
  }
  layers.push((u, v) => {
    const collar = Math.abs(u - hx) < 0.09 * s - (v - hy - 0.3 * s) * 0.6 && v > hy + 0.28 * s && v < hy + 0.4 * s;
    if (collar && look.features) return [245, 245, 245];
    const d = ellipseDistance(u, v, hx, hy + 0.66 * s, 0.44 * s, 0.34 * s);
    return d <= 1 ? shaded(shirt, d * 0.6) : null;
  });
  return layers;
}

function hairTopLayer(look, head, hair) {
  const { cx, cy, rx, ry } = head;
  const cap = (u, v, depth) =>
    ellipseDistance(u, v, cx, cy - ry * 0.12, rx * 1.1, ry * 1.02) <= 1 && v < cy - ry * depth;
  switch (look.hairStyle) {
    case 'none':
      return () => null;
    case 'buzz':
      return (u, v) => (cap(u, v, 0.55) ? shade(hair, 1.15) : null);
    case 'sidePart':
      // A fringe that falls lower on the left than on the right.
      return (u, v) => (cap(u, v, 0.45 - ((u - cx + rx) / (2 * rx)) * 0.35) ? hair : null);
    case 'bun':
      return (u, v) => (cap(u, v, 0.4) || Math.hypot(u - cx, v - (cy - ry * 1.15)) < rx * 0.45 ? hair : null);
    case 'curly':
      return (u, v) => {
        if (v > cy - ry * 0.2) return null;
        for (let i = 0; i < 7; i += 1) {
          const a = Math.PI * (0.05 + (0.9 * i) / 6);
          const bx = cx - Math.cos(a) * rx * 0.95;
          const by = cy - ry * 0.25 - Math.sin(a) * ry * 0.85;
          if (Math.hypot(u - bx, v - by) < rx * 0.38) return i % 2 ? hair : shade(hair, 1.2);
        }
        return null;
      };
    default:
      return (u, v) => (cap(u, v, 0.4) ? hair : null);
  }
}

/** Draws a look into a new square Jimp image. */
function drawPortrait(lookSpec, size = DEFAULT_SIZE) {
  const look = portraitLook(lookSpec);
  const layers = layersOf(look);
  const top = rgb(look.background[0]);
  const bottom = rgb(look.background[1]);
  const image = new Jimp({ width: size, height: size, color: 0xffffffff });
  const data = image.bitmap.data;
  for (let y = 0; y < size; y += 1) {
    const v = (y + 0.5) / size;
    for (let x = 0; x < size; x += 1) {
      const u = (x + 0.5) / size;
      let colour = null;
      for (let i = 0; i < layers.length && colour === null; i += 1) colour = layers[i](u, v);
      if (colour === null) colour = backdropColour(look, top, bottom, u, v);
      const offset = (y * size + x) * 4;
      data[offset] = colour[0];
      data[offset + 1] = colour[1];
      data[offset + 2] = colour[2];
      data[offset + 3] = 255;
    }
  }
  return image;
}

/** A look as JPEG bytes, as a photo taken for a profile would be stored. */
async function portraitJpeg(look, size = DEFAULT_SIZE, quality = 90) {
  return jpegBytes(drawPortrait(look, size), quality);
}

module.exports = { portraitLook, drawPortrait, portraitJpeg, PLACEHOLDER_LOOK, DEFAULT_SIZE };
