import type { BackfillState } from '../../../src/sync/backfill/backfill-shapes';

/** Words and colours for a backfill's state, and durations as people read them. */

export const STATE_LABELS: Record<BackfillState, string> = {
  estimating: 'Estimating',
  estimated: 'Estimated',
  running: 'Running',
  paused: 'Paused',
  cancelled: 'Cancelled',
  done: 'Done',
  failed: 'Stopped',
};

export const STATE_APPEARANCE: Record<BackfillState, 'default' | 'inprogress' | 'success' | 'removed' | 'moved'> = {
  estimating: 'inprogress',
  estimated: 'default',
  running: 'inprogress',
  paused: 'moved',
  cancelled: 'default',
  done: 'success',
  failed: 'removed',
};

/** "2 h 5 min", "4 min", "under a minute". */
export function duration(seconds: number): string {
  if (seconds < 60) return 'under a minute';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

export const count = (value: number) => value.toLocaleString('en');

/** Splits "2, 3 ,4" into ["2", "3", "4"]. */
export const listOf = (text: string): string[] =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
