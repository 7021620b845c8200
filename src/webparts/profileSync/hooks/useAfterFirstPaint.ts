import * as React from 'react';
import { afterNextPaint } from '../afterNextPaint';

/**
 * False until the page has been painted with `ready` true, then true for good. Asked for in a layout
 * effect, before the browser can paint, so the frame it waits for is the one that shows what made
 * `ready` true.
 */
export function useAfterFirstPaint(ready: boolean): boolean {
  const [painted, setPainted] = React.useState(false);
  React.useLayoutEffect(() => {
    if (!ready || painted) return undefined;
    return afterNextPaint(() => setPainted(true));
  }, [ready, painted]);
  return painted;
}
