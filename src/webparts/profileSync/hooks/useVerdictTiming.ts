import * as React from 'react';

export const MOUNT_MARK = 'profile-sync:mount';
export const VERDICT_MARK = 'profile-sync:verdict';

function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
}

/**
 * Marks, with the browser's User Timing API, when the web part mounted and when its first verdict
 * was on screen, so the time to verdict can be measured in the page (see bench/).
 */
export function useVerdictTiming(hasVerdict: boolean): void {
  React.useState(() => { mark(MOUNT_MARK); return true; });
  const marked = React.useRef(false);
  React.useEffect(() => {
    if (hasVerdict && !marked.current) {
      marked.current = true;
      mark(VERDICT_MARK);
    }
  }, [hasVerdict]);
}
