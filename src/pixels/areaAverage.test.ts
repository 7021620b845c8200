import { areaAverage } from './areaAverage';
import { ProfileDataError } from '../profile/ProfileDataError';
import { RgbaImage } from './types';

/** An image from rows of [R, G, B, A] pixels. */
function anImage(rows: number[][][]): RgbaImage {
  const data: number[] = [];
  rows.forEach((row) => row.forEach((pixel) => data.push(...pixel)));
  return { data, width: rows[0].length, height: rows.length };
}

const RED = [255, 0, 0, 255];
const BLUE = [0, 0, 255, 255];

function rounded(values: Float64Array): number[] {
  return Array.prototype.map.call(values, (value: number) => Math.round(value * 100) / 100) as number[];
}

describe('areaAverage', () => {
  it('averages every pixel of a cell, not a sample of them', () => {
    expect(rounded(areaAverage(anImage([[RED, BLUE], [BLUE, BLUE]]), 1, 1))).toEqual([63.75, 0, 191.25]);
  });

  it('splits a pixel that straddles two cells between them by area', () => {
    // 3 pixels into 2 cells: the middle one is half in each.
    const image = anImage([[[0, 0, 0, 255], [90, 90, 90, 255], [180, 180, 180, 255]]]);

    expect(rounded(areaAverage(image, 2, 1))).toEqual([30, 30, 30, 150, 150, 150]);
  });

  it('enlarges an image smaller than the grid without leaving cells empty', () => {
    expect(rounded(areaAverage(anImage([[RED, BLUE]]), 4, 2))).toEqual([
      255, 0, 0, 255, 0, 0, 0, 0, 255, 0, 0, 255,
      255, 0, 0, 255, 0, 0, 0, 0, 255, 0, 0, 255
    ]);
  });

  it('shows transparent pixels as white, as a browser would over a white page', () => {
    const image = anImage([[[0, 0, 0, 0], [0, 0, 0, 51]]]);

    expect(rounded(areaAverage(image, 2, 1))).toEqual([255, 255, 255, 204, 204, 204]);
  });

  it('averages only the region asked for, as if the rest were cut away', () => {
    const image = anImage([[RED, BLUE, BLUE, RED], [RED, BLUE, BLUE, RED]]);

    expect(rounded(areaAverage(image, 1, 1, { left: 1, top: 0, width: 2, height: 2 }))).toEqual([0, 0, 255]);
    expect(rounded(areaAverage(image, 2, 1, { left: 0, top: 1, width: 2, height: 1 }))).toEqual([255, 0, 0, 0, 0, 255]);
  });

  it.each([
    ['reaches past the right edge', { left: 3, top: 0, width: 2, height: 1 }],
    ['starts above the image', { left: 0, top: -1, width: 1, height: 1 }],
    ['is empty', { left: 0, top: 0, width: 0, height: 1 }],
    ['is not on whole pixels', { left: 0.5, top: 0, width: 1, height: 1 }]
  ])('refuses a region that %s', (_name, region) => {
    const image = anImage([[RED, BLUE, BLUE, RED]]);

    expect(() => areaAverage(image, 1, 1, region)).toThrow(ProfileDataError);
    expect(() => areaAverage(image, 1, 1, region)).toThrow(/is not inside the 4 x 1 image/);
  });

  it.each([
    ['no width', { data: [0, 0, 0, 255], width: 0, height: 1 }],
    ['too little data for its size', { data: [0, 0, 0, 255], width: 2, height: 2 }],
    ['no data', { width: 2, height: 2 }]
  ])('refuses an image with %s', (_name, image) => {
    expect(() => areaAverage(image as unknown as RgbaImage, 16, 16)).toThrow(ProfileDataError);
    expect(() => areaAverage(image as unknown as RgbaImage, 16, 16)).toThrow(/^photo: expected decoded RGBA pixels/);
  });
});

describe('areaAverage on an image already at the grid size', () => {
  it('gives each pixel its own cell, composited over white', () => {
    const data = new Uint8ClampedArray([10, 20, 30, 255, 0, 0, 0, 0, 200, 100, 50, 128, 1, 2, 3, 255]);
    const cells = Array.from(areaAverage({ data, width: 2, height: 2 }, 2, 2));
    expect(cells.map((v) => Math.round(v))).toEqual([10, 20, 30, 255, 255, 255, 227, 177, 152, 1, 2, 3]);
  });
});
