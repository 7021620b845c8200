import { RgbaImage } from '../types';

// Synthetic profile photos: a head-and-shoulders figure on a background, with a little skin and
// fabric texture so that resizing and JPEG have something to lose. Positions are fractions of the
// width and height, so a portrait can be drawn at any size and aspect ratio.

export type Rgb = [number, number, number];

export interface PortraitLook {
  background: Rgb;
  /** The background fades to this colour at the bottom (studio backdrop). */
  backgroundBottom: Rgb;
  skin: Rgb;
  hair: Rgb;
  shirt: Rgb;
  headCentreX: number;
  headCentreY: number;
  headWidth: number;
  headHeight: number;
  /** How far the hair comes down the head, 0 (bald) .. 1. */
  hairLength: number;
  shoulderWidth: number;
  /** Amplitude of the texture noise, in colour levels. */
  texture: number;
  seed: number;
}

export const MEGAN: PortraitLook = {
  background: [70, 110, 160],
  backgroundBottom: [40, 70, 110],
  skin: [226, 182, 150],
  hair: [120, 70, 35],
  shirt: [200, 40, 60],
  headCentreX: 0.5,
  headCentreY: 0.4,
  headWidth: 0.34,
  headHeight: 0.44,
  hairLength: 0.45,
  shoulderWidth: 0.9,
  texture: 10,
  seed: 1
};

/** Same framing and pose as MEGAN, another person in other clothes against another backdrop. */
export const ALEX: PortraitLook = {
  ...MEGAN,
  background: [180, 175, 165],
  backgroundBottom: [150, 145, 135],
  skin: [150, 105, 80],
  hair: [25, 20, 20],
  shirt: [40, 60, 90],
  hairLength: 0.2,
  seed: 2
};

/** Same backdrop and shirt colour as MEGAN; a different person, framed a little differently. */
export const MIRIAM: PortraitLook = {
  ...MEGAN,
  skin: [240, 205, 180],
  hair: [230, 200, 120],
  headCentreX: 0.45,
  headCentreY: 0.36,
  headWidth: 0.28,
  headHeight: 0.38,
  hairLength: 0.7,
  shoulderWidth: 0.75,
  seed: 3
};

/** Eyes and mouth. */
const FEATURES: Rgb = [60, 40, 40];

export function drawPortrait(look: PortraitLook, width: number, height: number): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  const headRx = look.headWidth / 2;
  const headRy = look.headHeight / 2;
  const neck = shade(look.skin, 0.85);
  const hairline = look.headCentreY - headRy + look.headHeight * look.hairLength;
  for (let y = 0; y < height; y++) {
    const v = (y + 0.5) / height;
    const background = mix(look.background, look.backgroundBottom, v);
    for (let x = 0; x < width; x++) {
      const u = (x + 0.5) / width;
      const inShoulders = inEllipse(u, v, 0.5, 1.08, look.shoulderWidth / 2, 0.3);
      const inNeck = Math.abs(u - look.headCentreX) < headRx * 0.4 && v > look.headCentreY && v < 0.85;
      const inHead = inEllipse(u, v, look.headCentreX, look.headCentreY, headRx, headRy);
      const inHair =
        v < hairline &&
        inEllipse(u, v, look.headCentreX, look.headCentreY - headRy * 0.08, headRx * 1.1, headRy * 1.08);
      let colour = background;
      if (inShoulders) colour = look.shirt;
      else if (inNeck) colour = neck;
      if (inHead) colour = look.skin;
      if (inHair && (!inHead || v < look.headCentreY - headRy * 0.45)) colour = look.hair;
      if (inHead && isFeature(u, v, look)) colour = FEATURES;
      const noise = look.texture * (pseudoRandom(x, y, look.seed) - 0.5) * 2;
      const at = (y * width + x) * 4;
      data[at] = colour[0] + noise;
      data[at + 1] = colour[1] + noise;
      data[at + 2] = colour[2] + noise;
      data[at + 3] = 255;
    }
  }
  return { data, width, height };
}

/** The grey head-and-shoulders placeholder SharePoint and Office show for a person with no photo. */
export function drawPlaceholderSilhouette(width: number, height: number): RgbaImage {
  return drawPortrait(
    {
      background: [234, 234, 234],
      backgroundBottom: [234, 234, 234],
      skin: [160, 160, 160],
      hair: [160, 160, 160],
      shirt: [160, 160, 160],
      headCentreX: 0.5,
      headCentreY: 0.38,
      headWidth: 0.36,
      headHeight: 0.36,
      hairLength: 0,
      shoulderWidth: 0.85,
      texture: 0,
      seed: 0
    },
    width,
    height
  );
}

/** The same picture with every pixel of exactly `colour` made fully transparent: a cut-out PNG. */
export function withTransparent(image: RgbaImage, colour: Rgb): RgbaImage {
  const data = new Uint8ClampedArray(image.data as ArrayLike<number>);
  for (let at = 0; at < data.length; at += 4) {
    if (data[at] === colour[0] && data[at + 1] === colour[1] && data[at + 2] === colour[2]) {
      data[at] = data[at + 1] = data[at + 2] = data[at + 3] = 0;
    }
  }
  return { data, width: image.width, height: image.height };
}

// Eyes and mouth, relative to the head.
function isFeature(u: number, v: number, look: PortraitLook): boolean {
  const rx = look.headWidth / 2;
  const ry = look.headHeight / 2;
  const eyeY = look.headCentreY - ry * 0.05;
  const eye = (side: number): boolean => inEllipse(u, v, look.headCentreX + side * rx * 0.4, eyeY, rx * 0.14, ry * 0.07);
  const mouth = inEllipse(u, v, look.headCentreX, look.headCentreY + ry * 0.5, rx * 0.35, ry * 0.06);
  return eye(-1) || eye(1) || mouth;
}

function inEllipse(u: number, v: number, cx: number, cy: number, rx: number, ry: number): boolean {
  const du = (u - cx) / rx;
  const dv = (v - cy) / ry;
  return du * du + dv * dv <= 1;
}

function mix(top: Rgb, bottom: Rgb, t: number): Rgb {
  return [0, 1, 2].map((i) => top[i] + (bottom[i] - top[i]) * t) as Rgb;
}

function shade(colour: Rgb, factor: number): Rgb {
  return colour.map((c) => c * factor) as Rgb;
}

// Deterministic noise in 0..1, so every run draws the same picture.
function pseudoRandom(x: number, y: number, seed: number): number {
  let h = (x * 374761393 + y * 668265263 + seed * 2147483647) | 0;
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967295;
}
