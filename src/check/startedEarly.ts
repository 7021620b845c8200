import type { ServiceWait } from '../sources/types';
import type { ProfileCheck, RunCheck } from './types';

/**
 * Starts the first check now, before anything asks for it, so its requests are in flight while the
 * page's view loads and renders. The first ordinary call (not a refresh) gets that check, with the
 * cached verdict and the last wait it missed told at once; every later call runs a check of its own.
 */
export function startedEarly(runCheck: RunCheck): RunCheck {
  let cached: ProfileCheck | undefined;
  let lastWait: ServiceWait | undefined;
  let onCached: ((check: ProfileCheck) => void) | undefined;
  let onWait: ((wait: ServiceWait) => void) | undefined;
  let result: Promise<ProfileCheck> | undefined = runCheck(
    {
      refresh: false,
      onWait: (wait) => { lastWait = wait; if (onWait) onWait(wait); }
    },
    (check) => { cached = check; if (onCached) onCached(check); }
  );
  // Finished waits are no longer news.
  result.then(() => { lastWait = undefined; }, () => undefined);

  return (options, whenCached) => {
    const early = result;
    result = undefined;
    if (!early || options.refresh) return runCheck(options, whenCached);
    onCached = whenCached;
    onWait = options.onWait;
    if (cached && whenCached) whenCached(cached);
    if (lastWait && options.onWait) options.onWait(lastWait);
    return early;
  };
}
