import type { RunCheck } from '../../../check';

/** A site owner's preview: sample data built by the real core, loaded only when someone previews. */
export function previewCheck(state: string): RunCheck {
  return () => import(/* webpackChunkName: 'profile-sync-preview' */ '../../../preview')
    .then((preview) => preview.previewCheck(state as Parameters<typeof preview.previewCheck>[0]));
}
