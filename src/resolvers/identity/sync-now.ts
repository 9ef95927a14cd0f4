import { z } from 'zod';
import { readRun, startDirectoryRun } from '../../identity/directory/directory-run';
import { directoryStatus } from '../../identity/identity-status';
import type { SyncNowResult } from '../../shared/identity';
import { defineResolver } from '../define-resolver';

/**
 * Starts a directory sync now (it runs in the background, chunk by chunk, as the daily one does).
 * While one is running another is refused, with where the running one stands: two runs would
 * only read the same users twice.
 */
export const syncNow = defineResolver({
  key: 'identity/sync-now',
  payload: z.object({}).strict(),
  access: { action: 'site.administer' },
  handle: async (): Promise<SyncNowResult> => {
    const outcome = await startDirectoryRun('admin');
    if (outcome.started) {
      return { started: true, message: 'Directory sync started. It runs in the background; this page shows its progress.', directory: directoryStatus(await readRun()) };
    }
    const read = outcome.run.processed.toLocaleString('en');
    return {
      started: false,
      message: `A directory sync is already running (${read} accounts read so far). It finishes on its own; check back in a few minutes.`,
      directory: directoryStatus(outcome.run),
    };
  },
});

