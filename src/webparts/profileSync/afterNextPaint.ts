/**
 * Calls `callback` once the browser has painted what the page holds now, and returns a function that
 * cancels it. The callback runs in a task queued from the next animation frame: that frame's style,
 * layout and paint come first. Where no frame will come (a hidden tab, or no animation frames at all)
 * it runs in the next task instead: there is nothing on screen to wait for.
 */
export function afterNextPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  const later = (): void => { timer = setTimeout(callback, 0); };
  const hidden = typeof document !== 'undefined' && document.visibilityState === 'hidden';
  if (typeof requestAnimationFrame === 'function' && !hidden) frame = requestAnimationFrame(later);
  else later();
  return () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
