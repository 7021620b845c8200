import { areaAverage } from './areaAverage';
import { RgbaImage } from './types';

// A photo reduced to what survives resizing and JPEG re-encoding, so the Microsoft 365 photo and
// SharePoint's thumbnails of it can be compared. Plain arrays of numbers, so a caller can cache
// one (by @odata.mediaEtag, say) as JSON.

/** Cells per side of the colour grid. */
export const COLOUR_GRID = 16;
/** The difference hash: 8 rows of 9 grey cells give 8 x 8 left-to-right differences. */
const HASH_COLUMNS = 9;
const HASH_ROWS = 8;
/**
 * The image is area-averaged once, to this grid; the colour and hash grids nest in it exactly
 * (144 = 16 x 9 = 9 x 16 = 8 x 18), so averaging its cells gives the same result as averaging the
 * image to each of them, at the cost of one pass over the pixels instead of two.
 */
export const SHARED_GRID = 144;

export interface PhotoFingerprint {
  /** COLOUR_GRID x COLOUR_GRID cells, row by row, each R, G, B in 0..255 (rounded). */
  colours: number[];
  /**
   * 64 differences (right cell minus left cell) of the 9 x 8 grey grid, row by row. Their signs are
   * the classic difference hash; their size says how sure each bit is (see fingerprintsMatch.ts).
   */
  greyGradients: number[];
}

export function photoFingerprint(image: RgbaImage): PhotoFingerprint {
  const shared = areaAverage(image, SHARED_GRID, SHARED_GRID);
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
  const perBlock = blockWidth * blockHeight;
  for (let i = 0; i < merged.length; i++) merged[i] /= perBlock;
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
