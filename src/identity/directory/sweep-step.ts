import { deleteDirectoryUsers, staleAccountIds } from './directory-store';
import type { DirectoryRun } from './directory-run';

/**
 * The end of a run: accounts no complete run has seen since the previous one (left the site,
 * deactivated, or turned into an app) are removed, a page at a time, then the run is marked done.
 * An incomplete run (a desk it could not read) removes nobody: it may simply not have seen them.
 */
export async function sweepStep(run: DirectoryRun): Promise<number> {
  const checkpoint = run.checkpoint!;
  if (!checkpoint.incomplete) {
    const stale = await staleAccountIds(run.runId);
    if (stale.length > 0) {
      await deleteDirectoryUsers(stale);
      run.removed += stale.length;
      return stale.length;
    }
  }
  finish(run);
  return 0;
}

function finish(run: DirectoryRun): void {
  const now = Date.now();
  run.state = 'done';
  run.finishedAt = now;
  if (run.checkpoint?.incomplete) run.lastError = run.checkpoint.incomplete;
  else delete run.lastError;
  run.lastComplete = { users: run.users, withEmail: run.withEmail, finishedAt: now };
  delete run.checkpoint;
}
