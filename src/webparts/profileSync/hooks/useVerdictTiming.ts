import * as React from 'react';
import { afterNextPaint } from '../afterNextPaint';
import { markStart, markVerdict } from '../verdictTiming';

export { MOUNT_MARK, VERDICT_MARK } from '../verdictTiming';

/**
 * Marks, with the browser's User Timing API, when the web part started (unless its onInit or its
 * first check already did) and when its first verdict was on screen: after the paint of the frame
 * that first holds it, not when React commits it, since everything that runs before that paint keeps
 * it off the screen. The time to verdict is measured in the page from these (see bench/).
 */
export function useVerdictTiming(hasVerdict: boolean): void {
  React.useState(() => { markStart(); return true; });
  const marked = React.useRef(false);
  React.useLayoutEffect(() => {
    if (!hasVerdict || marked.current) return;
    marked.current = true;
    afterNextPaint(markVerdict);
  }, [hasVerdict]);
}
