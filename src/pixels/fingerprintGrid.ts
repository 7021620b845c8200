// The grids a fingerprint is taken on. Apart from photoFingerprint.ts so that checking a fingerprint's
// shape (fingerprintsMatch.ts) and decoding at the right size (CanvasPhotoDecoder.ts) do not pull the
// fingerprint code itself into the page's first bundle: that code loads on demand.

/** Cells per side of the colour grid. */
export const COLOUR_GRID = 16;
/** The difference hash: 8 rows of 9 grey cells give 8 x 8 left-to-right differences. */
export const HASH_COLUMNS = 9;
export const HASH_ROWS = 8;
export const HASH_BITS = (HASH_COLUMNS - 1) * HASH_ROWS;
/**
 * The image is area-averaged once, to this grid; the colour and hash grids nest in it exactly
 * (144 = 16 x 9 = 9 x 16 = 8 x 18), so averaging its cells gives the same result as averaging the
 * image to each of them, at the cost of one pass over the pixels instead of two.
 */
export const SHARED_GRID = 144;
