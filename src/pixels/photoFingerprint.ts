import { areaAverage } from './areaAverage';
import { centredSquare } from './centredSquare';
import { COLOUR_GRID, HASH_COLUMNS, HASH_ROWS, SHARED_GRID } from './fingerprintGrid';
import { PhotoFingerprint, RgbaImage } from './types';

/**
 * A photo reduced to what survives resizing and JPEG re-encoding, so the Microsoft 365 photo and
 * SharePoint's thumbnails of it can be compared. Only its centred square counts: see centredSquare.ts.
 */
export function photoFingerprint(image: RgbaImage): PhotoFingerprint {
  return isSharedGrid(image) ? sharedGridFingerprint(image.data) : averagedFingerprint(image);
}

/** The decoder draws photos at exactly the shared grid's size (CanvasPhotoDecoder.ts). */
function isSharedGrid(image: RgbaImage): boolean {
  return !!image && typeof image === 'object' && image.width === SHARED_GRID && image.height === SHARED_GRID &&
    !!image.data && typeof image.data === 'object' && image.data.length >= SHARED_GRID * SHARED_GRID * 4;
}

/**
 * The fingerprint of an image already at the shared grid's size, in one pass over its pixels: each
 * pixel is added once, to its column's sum over a band of rows, and the bands go into the grids'
 * cells as they end (a hash band is two colour bands). The same sums as averagedFingerprint, with a
 * fraction of the work: this runs on every photo the page compares, often before the browser has
 * optimised it.
 */
export function sharedGridFingerprint(data: ArrayLike<number>): PhotoFingerprint {
  const colourBlock = SHARED_GRID / COLOUR_GRID;
  const hashBlockWidth = SHARED_GRID / HASH_COLUMNS;
  const hashBlockHeight = SHARED_GRID / HASH_ROWS;
  const colours = new Float64Array(COLOUR_GRID * COLOUR_GRID * 3);
  const hashCells = new Float64Array(HASH_COLUMNS * HASH_ROWS * 3);
  const colourBand = new Float64Array(SHARED_GRID * 3);
  const hashBand = new Float64Array(SHARED_GRID * 3);
  for (let y = 0; y < SHARED_GRID; y++) {
    addRow(data, y * SHARED_GRID * 4, colourBand);
    if ((y + 1) % colourBlock === 0) {
      addBand(colourBand, colours, Math.floor(y / colourBlock) * COLOUR_GRID * 3, colourBlock, hashBand);
    }
    if ((y + 1) % hashBlockHeight === 0) {
      addBand(hashBand, hashCells, Math.floor(y / hashBlockHeight) * HASH_COLUMNS * 3, hashBlockWidth);
    }
  }
  divideAll(colours, colourBlock * colourBlock);
  divideAll(hashCells, hashBlockWidth * hashBlockHeight);
  return { colours: roundAll(colours), greyGradients: greyGradients(hashCells) };
}

/**
 * Adds one row of pixels, from `pixel` on, to the band's column sums. A function of its own, called
 * once a row: the browser optimises a function called 144 times long before it optimises one loop
 * run once, and the first photo is fingerprinted before anything is warm (Chromium 153, medians of 7
 * fresh pages, two runs: 5.4 and 6.5 ms instead of 12.3 and 13.3 for a 144 x 144 photo; warm, both
 * take under 1 ms).
 */
function addRow(data: ArrayLike<number>, pixel: number, band: Float64Array): void {
  for (let at = 0; at < band.length; at += 3, pixel += 4) {
    const alpha = data[pixel + 3];
    if (alpha === 255) {
      band[at] += data[pixel];
      band[at + 1] += data[pixel + 1];
      band[at + 2] += data[pixel + 2];
    } else {
      // Over white, as areaAverage does.
      const white = 255 * (255 - alpha);
      band[at] += (data[pixel] * alpha + white) / 255;
      band[at + 1] += (data[pixel + 1] * alpha + white) / 255;
      band[at + 2] += (data[pixel + 2] * alpha + white) / 255;
    }
  }
}

/** Adds a band's column sums to one row of cells `blockWidth` columns wide (and to `alsoTo`), then empties it. */
function addBand(band: Float64Array, cells: Float64Array, rowStart: number, blockWidth: number, alsoTo?: Float64Array): void {
  for (let x = 0, at = 0; at < band.length; x++, at += 3) {
    const cell = rowStart + Math.floor(x / blockWidth) * 3;
    cells[cell] += band[at];
    cells[cell + 1] += band[at + 1];
    cells[cell + 2] += band[at + 2];
    if (alsoTo) {
      alsoTo[at] += band[at];
      alsoTo[at + 1] += band[at + 1];
      alsoTo[at + 2] += band[at + 2];
    }
    band[at] = band[at + 1] = band[at + 2] = 0;
  }
}

function divideAll(values: Float64Array, by: number): void {
  for (let i = 0; i < values.length; i++) values[i] /= by;
}

/** Any image: its centred square area-averaged to the shared grid, whose cells are then merged. */
export function averagedFingerprint(image: RgbaImage): PhotoFingerprint {
  const square = image && typeof image === 'object' ? centredSquare(image.width, image.height) : undefined;
  const shared = areaAverage(image, SHARED_GRID, SHARED_GRID, square);
  return {
    colours: roundAll(mergeCells(shared, SHARED_GRID, COLOUR_GRID, COLOUR_GRID)),
    greyGradients: greyGradients(mergeCells(shared, SHARED_GRID, HASH_COLUMNS, HASH_ROWS))
  };
}

/** Averages blocks of a square RGB grid whose side is a multiple of columns and of rows. */
function mergeCells(cells: Float64Array, side: number, columns: number, rows: number): Float64Array {
  const blockWidth = side / columns;
  const blockHeight = side / rows;
  const merged = new Float64Array(columns * rows * 3);
  for (let y = 0; y < side; y++) {
    const rowOut = Math.floor(y / blockHeight) * columns;
    for (let x = 0; x < side; x++) {
      const from = (y * side + x) * 3;
      const to = (rowOut + Math.floor(x / blockWidth)) * 3;
      merged[to] += cells[from];
      merged[to + 1] += cells[from + 1];
      merged[to + 2] += cells[from + 2];
    }
  }
  divideAll(merged, blockWidth * blockHeight);
  return merged;
}

function greyGradients(cells: Float64Array): number[] {
  const gradients: number[] = [];
  for (let row = 0; row < HASH_ROWS; row++) {
    for (let column = 0; column < HASH_COLUMNS - 1; column++) {
      const left = (row * HASH_COLUMNS + column) * 3;
      const right = left + 3;
      gradients.push(Math.round(luma(cells, right) - luma(cells, left)));
    }
  }
  return gradients;
}

// ITU-R BT.601 weights: how bright the cell looks, which is what a difference hash should see.
function luma(cells: Float64Array, at: number): number {
  return 0.299 * cells[at] + 0.587 * cells[at + 1] + 0.114 * cells[at + 2];
}

function roundAll(values: Float64Array): number[] {
  const rounded: number[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) rounded[i] = Math.round(values[i]);
  return rounded;
}
