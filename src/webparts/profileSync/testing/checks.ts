import type { CompleteCheck, ProfileCheck } from '../../../check';
import { previewCheck, PreviewState } from '../../../preview';

// Component tests use the preview's checks: realistic, made by the real core from made-up bodies.
export const CHECKED_AT = new Date('2026-11-25T09:30:00Z');

export function checkIn(state: PreviewState): ProfileCheck {
  return previewCheck(state, CHECKED_AT);
}

export function completeCheckIn(state: PreviewState): CompleteCheck {
  const check = checkIn(state);
  if (check.kind !== 'complete') throw new Error(`The preview state ${state} is not a complete check`);
  return check;
}
