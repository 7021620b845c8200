import { SHAREPOINT_PACING } from '../sources/organisation/pacing';
import type { ScannedPerson } from './types';

/**
 * Where a verdict's SharePoint side came from, as the page says it:
 * - 'index': SharePoint search's people index, which agreed with Microsoft 365 (a quick check);
 * - 'index-confirming': the index differed from Microsoft 365; the profile is being read to confirm;
 * - 'not-in-index': no index entry yet; the profile is being read;
 * - 'confirmed': a quick check's suspect, read again from the profile;
 * - 'profile': read from the profile by a thorough check.
 */
export type Provenance = 'index' | 'index-confirming' | 'not-in-index' | 'confirmed' | 'profile';

/** Every provenance, in the order the summary lists them. */
export const PROVENANCES: readonly Provenance[] = ['index', 'confirmed', 'profile', 'index-confirming', 'not-in-index'];

/**
 * A person's provenance; none for a person who could not be read (they have no verdict to source).
 * "No SharePoint profile" is SharePoint's answer, so it has a source like any verdict.
 */
export function provenanceOf(person: ScannedPerson): Provenance | undefined {
  if (person.unread && person.unread !== 'no-sharepoint-profile') return undefined;
  if (person.notInIndex) return 'not-in-index';
  if (person.from === 'index') return person.confirming ? 'index-confirming' : 'index';
  return person.from === 'profile' ? 'confirmed' : 'profile';
}

/** People per provenance (unread people in none). */
export function provenanceCounts(people: readonly ScannedPerson[]): Record<Provenance, number> {
  const counts: Record<Provenance, number> = { index: 0, 'index-confirming': 0, 'not-in-index': 0, confirmed: 0, profile: 0 };
  people.forEach((person) => {
    const from = provenanceOf(person);
    if (from) counts[from]++;
  });
  return counts;
}

// What reading takes besides the pacing's waits, from the bench (9,464 people in 1,203 s at
// LATENCY_MS=100, of which 1,200 s were four windows' waits): a few milliseconds a person, said generously.
const READ_MS_PER_PERSON = 5;

/**
 * How long a thorough check of `people` takes at SharePoint's pace, told before it starts: the
 * first window's profiles at once, then a window's wait for each further window's worth.
 */
export function thoroughEstimateMs(people: number): number {
  const { maxPerWindow, windowMs } = SHAREPOINT_PACING;
  const waits = Math.max(0, Math.ceil(people / maxPerWindow) - 1);
  return waits * windowMs + people * READ_MS_PER_PERSON;
}
