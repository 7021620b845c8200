import { areaAverage } from './areaAverage';
import { centredSquare } from './centredSquare';
import { COLOUR_GRID, HASH_COLUMNS, HASH_ROWS, SHARED_GRID } from './fingerprintGrid';
import { PhotoFingerprint, RgbaImage } from './types';

/**
 * A photo reduced to what survives resizing and JPEG re-encoding, so the Microsoft 365 photo and
 * SharePoint's thumbnails of it can be compared. Only its centred square counts: see centredSquare.ts.
 */
export function photoFingerprint(image: RgbaImage): PhotoFingerprint {
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
