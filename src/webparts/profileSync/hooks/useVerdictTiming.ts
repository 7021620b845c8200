import * as React from 'react';
import { markStart, markVerdict } from '../verdictTiming';

export { MOUNT_MARK, VERDICT_MARK } from '../verdictTiming';

/**
 * Marks, with the browser's User Timing API, when the web part started (unless its onInit or its
 * first check already did) and when its first verdict was on screen, so the time to verdict can be
 * measured in the page (see bench/).
 */
export function useVerdictTiming(hasVerdict: boolean): void {
  React.useState(() => { markStart(); return true; });
  const marked = React.useRef(false);
  React.useEffect(() => {
    if (hasVerdict && !marked.current) {
      marked.current = true;
      markVerdict();
    }
  }, [hasVerdict]);
}
