import { searchUsersPage } from '../../jira/search-users';
import type { InvocationBudget } from '../invocation-budget';
import { KVS_BATCH, saveDirectoryBatch, type DirectoryEntry } from './directory-store';
import type { DirectoryRun } from './directory-run';
import { belongsInDirectory, toDirectoryUser } from './directory-user';

/** Accounts written between two looks at the clock: four KVS batch calls, in parallel. */
const SLICE = KVS_BATCH * 4;

/**
 * One page of GET /users/search, stored. Only this page is held in memory, so a chunk's memory
 * does not depend on the directory's size. If time runs short mid-page, the checkpoint stops at
 * the first account not yet written (Jira's `startAt` is an offset, so any position resumes).
 * An empty page ends the phase.
 */
export async function usersStep(run: DirectoryRun, budget: InvocationBudget): Promise<number> {
  const checkpoint = run.checkpoint!;
  const page = await searchUsersPage(checkpoint.startAt);
  if (page.length === 0) {
    checkpoint.phase = 'customers';
    return 0;
  }
  const fetchedAt = Date.now();
  let done = 0;
  while (done < page.length) {
    const slice = page.slice(done, done + SLICE);
    const entries: DirectoryEntry[] = [];
    for (const user of slice) {
      if (belongsInDirectory(user)) entries.push({ accountId: user.accountId, user: await toDirectoryUser(user, run.runId, fetchedAt) });
    }
    const batches: DirectoryEntry[][] = [];
    for (let i = 0; i < entries.length; i += KVS_BATCH) batches.push(entries.slice(i, i + KVS_BATCH));
    await Promise.all(batches.map(saveDirectoryBatch));
    done += slice.length;
    run.processed += slice.length;
    run.users += entries.length;
    run.withEmail += entries.filter(({ user }) => user.emailKey).length;
    checkpoint.startAt += slice.length;
    if (!budget.hasTime()) break;
  }
  return done;
}
