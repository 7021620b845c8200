import { describeValue } from '../profile/describeValue';
import { ProfileDataError } from '../profile/ProfileDataError';
import { PixelRegion, RgbaImage } from './types';

/**
 * Shrinks an image to columns x rows cells of mean R, G, B (0..255), each pixel weighted by how much
 * of it falls in the cell (a box filter). Averaging every pixel, rather than sampling some, is
 * what makes a 648 px photo and its 48 px thumbnail land on the same cells. Transparent pixels
 * are composited over white, as a browser shows them. Only `region` is read (the whole image by
 * default), in place: cropping this way copies no pixels. The aspect ratio is not kept.
 */
export function areaAverage(image: RgbaImage, columns: number, rows: number, region?: PixelRegion): Float64Array {
  checkImage(image);
  const { data } = image;
  const { left, top, width, height } = region || { left: 0, top: 0, width: image.width, height: image.height };
  checkRegion(image, left, top, width, height);
  if (width === columns && height === rows && width === image.width && height === image.height) {
    return composited(data, width * height);
  }
  const across = boxWeights(width, columns);
  const down = boxWeights(height, rows);
  const { start, cell, weight } = across;
  const rowLength = columns * 3;
  const row = new Float64Array(rowLength);
  const cells = new Float64Array(rows * rowLength);

  for (let y = 0; y < height; y++) {
    // The image row shrunk to `columns` cells. Cells only grow along a row, so sums are kept in
    // locals and written once per cell: this loop touches every pixel and sets the speed.
    let pixel = ((top + y) * image.width + left) * 4;
    let current = cell[0];
    let redSum = 0;
    let greenSum = 0;
    let blueSum = 0;
    for (let x = 0; x < width; x++, pixel += 4) {
      let red = data[pixel];
      let green = data[pixel + 1];
      let blue = data[pixel + 2];
      const alpha = data[pixel + 3];
      if (alpha !== 255) {
        const white = 255 - alpha;
        red = (red * alpha + 255 * white) / 255;
        green = (green * alpha + 255 * white) / 255;
        blue = (blue * alpha + 255 * white) / 255;
      }
      const end = start[x + 1];
      for (let k = start[x]; k < end; k++) {
        if (cell[k] !== current) {
          row[current * 3] = redSum;
          row[current * 3 + 1] = greenSum;
          row[current * 3 + 2] = blueSum;
          current = cell[k];
          redSum = greenSum = blueSum = 0;
        }
        const w = weight[k];
        redSum += red * w;
        greenSum += green * w;
        blueSum += blue * w;
      }
    }
    row[current * 3] = redSum;
    row[current * 3 + 1] = greenSum;
    row[current * 3 + 2] = blueSum;

    // ...added to the output rows it overlaps.
    for (let k = down.start[y]; k < down.start[y + 1]; k++) {
      const rowOut = down.cell[k] * rowLength;
      const w = down.weight[k];
      for (let i = 0; i < rowLength; i++) cells[rowOut + i] += row[i] * w;
    }
  }
  return cells;
}

/** Already the right size (a browser drew it so): each cell is its pixel, over white. */
function composited(data: ArrayLike<number>, pixels: number): Float64Array {
  const cells = new Float64Array(pixels * 3);
  for (let p = 0, i = 0; p < pixels; p++, i += 4) {
    const alpha = data[i + 3];
    const white = 255 - alpha;
    cells[p * 3] = alpha === 255 ? data[i] : (data[i] * alpha + 255 * white) / 255;
    cells[p * 3 + 1] = alpha === 255 ? data[i + 1] : (data[i + 1] * alpha + 255 * white) / 255;
    cells[p * 3 + 2] = alpha === 255 ? data[i + 2] : (data[i + 2] * alpha + 255 * white) / 255;
  }
  return cells;
}

/**
 * For one axis: which cells each source pixel overlaps and by how much. Pixel s covers
 * [s, s + 1) in source units, that is [s * scale, (s + 1) * scale) in cell units; the overlap with
 * cell c, in cell units, is its weight, so the weights of every cell add up to 1.
 * Contributions of pixel s are at indexes start[s] .. start[s + 1] - 1.
 */
interface BoxWeights {
  start: Int32Array;
  cell: Int32Array;
  weight: Float64Array;
}

function boxWeights(pixels: number, cells: number): BoxWeights {
  const scale = cells / pixels;
  const capacity = pixels + cells;
  const start = new Int32Array(pixels + 1);
  const cell = new Int32Array(capacity);
  const weight = new Float64Array(capacity);
  let count = 0;
  for (let s = 0; s < pixels; s++) {
    start[s] = count;
    const from = s * scale;
    const to = (s + 1) * scale;
    const last = Math.min(cells - 1, Math.ceil(to) - 1);
    for (let c = Math.floor(from); c <= last; c++) {
      const overlap = Math.min(to, c + 1) - Math.max(from, c);
      if (overlap > 0) {
        cell[count] = c;
        weight[count] = overlap;
        count++;
      }
    }
  }
  start[pixels] = count;
  return { start, cell, weight };
}

function checkImage(image: RgbaImage): void {
  const valid =
    image !== null &&
    typeof image === 'object' &&
    isPositiveInteger(image.width) &&
    isPositiveInteger(image.height) &&
    image.data !== null &&
    typeof image.data === 'object' &&
    image.data.length >= image.width * image.height * 4;
  if (!valid) {
    const size = image && typeof image === 'object' ? ` (${image.width} x ${image.height}, ${describeData(image.data)})` : '';
    throw new ProfileDataError(
      `photo: expected decoded RGBA pixels {data, width, height} with 4 values per pixel, got ${describeValue(image)}${size}.`
    );
  }
}

function checkRegion(image: RgbaImage, left: number, top: number, width: number, height: number): void {
  const inside =
    Number.isInteger(left) && Number.isInteger(top) && left >= 0 && top >= 0 &&
    isPositiveInteger(width) && isPositiveInteger(height) &&
    left + width <= image.width && top + height <= image.height;
  if (!inside) {
    throw new ProfileDataError(
      `photo: the region ${width} x ${height} at (${left}, ${top}) is not inside the ${image.width} x ${image.height} image.`
    );
  }
}

function describeData(data: ArrayLike<number> | undefined): string {
  return data && typeof data.length === 'number' ? `${data.length} values` : 'no pixel data';
}

function isPositiveInteger(value: number): boolean {
  return typeof value === 'number' && value > 0 && Math.floor(value) === value;
}
