// The shapes of the pixels module: decoded images, their fingerprints and the outcome of comparing two.

/** Decoded pixels, 4 bytes per pixel (R, G, B, A), row by row. */
export interface RgbaImage {
  data: ArrayLike<number>;
  width: number;
  height: number;
}

/** A rectangle of an image, in whole pixels from its top-left corner. */
export interface PixelRegion {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * A photo reduced to what survives resizing and JPEG re-encoding (see photoFingerprint.ts). Plain
 * arrays of numbers, so a caller can cache one (by @odata.mediaEtag, say) as JSON.
 */
export interface PhotoFingerprint {
  /** COLOUR_GRID x COLOUR_GRID cells, row by row, each R, G, B in 0..255 (rounded). */
  colours: number[];
  /**
   * 64 differences (right cell minus left cell) of the 9 x 8 grey grid, row by row. Their signs are
   * the classic difference hash; their size says how sure each bit is (see fingerprintsMatch.ts).
   */
  greyGradients: number[];
}

/** How far apart two fingerprints are, in the two measures fingerprintsMatch weighs. */
export interface FingerprintDistance {
  colour: number;
  structure: number;
}

/**
 * Outcome of comparing the pixels of two photos: `unknown` when one of them could not be read
 * (bytes missing, not an image, a tainted canvas), so the page shows both for the user to judge.
 */
export type PhotoMatch = 'same' | 'different' | 'unknown';

/** Turns image bytes into pixels; rejects when the bytes are not an image the browser can decode. */
export interface IPhotoDecoder {
  decode(photo: Blob): Promise<RgbaImage>;
}
