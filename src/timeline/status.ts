/** Where an event stands against today: past (''), the current stage, or upcoming. */
export type Status = '' | 'current' | 'upcoming';

/**
 * The timeline's status rule: an event that starts after `today` is upcoming; the latest event
 * that starts on or before `today` is the current stage; earlier events are past. `starts` are
 * the events' first days (`YYYY-MM-DD`) in ascending order; so is `today`.
 */
export function statusesOf(starts: readonly string[], today: string): Status[] {
  const statuses: Status[] = starts.map((start) => (start > today ? 'upcoming' : ''));
  const current = statuses.lastIndexOf('');
  if (current >= 0) statuses[current] = 'current';
  return statuses;
}
