// How CanvasPhotoShrinker tries to make a photo fit: the original size at good quality first, then
// smaller and a little lower quality each time, a bounded number of times. Pure, so it is tested
// without a browser.

export interface ShrinkAttempt {
  width: number;
  height: number;
  /** JPEG quality, 0..1, as canvas.toBlob takes it. */
  quality: number;
}

export const SHRINK_PLAN = {
  firstQuality: 0.9,
  qualityStep: 0.05,
  lowestQuality: 0.6,
  scaleStep: 0.8,
  /** SharePoint's largest rendition is about 200-240 px wide; below 96 px a photo looks poor there. */
  smallestSide: 96,
  /**
   * Phones and tablets refuse canvases much larger than this (iOS: about 16.7 million pixels).
   * Graph serves at most 648x648 here, so this only guards against a surprise.
   */
  largestSide: 4096,
  attempts: 8
};

export function shrinkAttempts(width: number, height: number, plan = SHRINK_PLAN): ShrinkAttempt[] {
  if (!(width > 0 && height > 0)) return [];
  // Never enlarge: a photo already smaller than smallestSide only loses quality.
  const firstScale = Math.min(1, plan.largestSide / Math.max(width, height));
  const smallestScale = Math.min(firstScale, plan.smallestSide / Math.min(width, height));
  const attempts: ShrinkAttempt[] = [];
  let scale = firstScale;
  let quality = plan.firstQuality;
  for (let i = 0; i < plan.attempts; i++) {
    const attempt = {
      width: Math.max(1, Math.round(width * scale)),
      height: Math.max(1, Math.round(height * scale)),
      quality: Math.round(quality * 100) / 100
    };
    const last = attempts[attempts.length - 1];
    if (!last || last.width !== attempt.width || last.quality !== attempt.quality) attempts.push(attempt);
    scale = Math.max(scale * plan.scaleStep, smallestScale);
    quality = Math.max(quality - plan.qualityStep, plan.lowestQuality);
  }
  return attempts;
}
