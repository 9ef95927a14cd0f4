import type { AsyncEvent } from '@forge/events';
import { runDirectoryChunk } from './directory/directory-consumer';
import { startDirectoryRun } from './directory/directory-run';
import { reportAccounts } from './personal-data/report-accounts';
import { startCycleIfDue } from './personal-data/report-cycle';
import { walkChunk } from './personal-data/report-walker';

/**
 * The identity work's Forge functions (manifest `function` keys → exports of src/index.ts).
 * Consumers take the AsyncEvent itself (the @forge/events 2+ form), not a Resolver.
 */

/** Queue identity-directory: one chunk of a directory sync. */
export const directoryConsumer = async (event: AsyncEvent, _context?: unknown): Promise<void> => runDirectoryChunk(event);

/** Queue identity-personal-data: a chunk of the reporting walk, or one report request. */
export const personalDataConsumer = async (event: AsyncEvent, _context?: unknown) =>
  (event.body as { kind?: string }).kind === 'walk' ? walkChunk(event) : reportAccounts(event);

/** Scheduled daily: the directory sync, unless one is still going (then this day's is skipped: the running one is as fresh). */
export const directorySchedule = async (_request?: unknown): Promise<void> => {
  const outcome = await startDirectoryRun('schedule');
  console.log(outcome.started ? 'Directory sync started' : 'Directory sync already running; skipped');
};

/** Scheduled daily: starts a personal data reporting cycle once per cycle (7 days). */
export const personalDataSchedule = async (_request?: unknown): Promise<void> => {
  const started = await startCycleIfDue();
  console.log(started ? 'Personal data reporting cycle started' : 'Personal data reporting cycle not due');
};
