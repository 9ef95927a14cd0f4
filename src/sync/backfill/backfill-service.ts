import { UserFacingError } from '../../shared/errors';
import { retryLink } from '../links/link-service';
import { linkIdOf } from '../links/link';
import { getLink } from '../links/link-store';
import { linkEntry } from '../logs/engine-log';
import { recordSyncLogs } from '../logs/sync-log';
import { clearFailures, deleteFailures, failurePage } from './backfill-failures';
import { clearStopRequest, pushChunk, requestStop, stopRequested } from './backfill-queue';
import { emptyCheckpoint, emptyCounts, isActive, newRun, readRun, STALL_MS, writeRun, type BackfillFilter, type BackfillRun } from './backfill-run';
import { toBackfillView, type BackfillView } from './backfill-view';
import { markRetryRequested } from './retry-requests';

/**
 * What the backfill resolvers do, one function each: estimate, start, pause, resume, cancel,
 * retry failures, and the status the page polls. One run per integration; different
 * integrations run side by side (each has its own record and chain of queue events).
 */

export async function backfillStatus(integrationId: string, failuresCursor?: string): Promise<BackfillView | null> {
  const run = await readRun(integrationId);
  if (!run) return null;
  return toBackfillView(run, await stopRequested(integrationId, run.runId), await failurePage(integrationId, failuresCursor));
}

/** Counts what the filter selects (a queue job: a large help desk takes many pages); the page shows the estimate when it is done. */
export async function estimateBackfill(integrationId: string, filter: BackfillFilter): Promise<BackfillView> {
  const current = await readRun(integrationId);
  if ((isActive(current) && !stalled(current!)) || current?.state === 'paused') {
    throw new UserFacingError('invalid', 'A backfill of this integration is under way. Cancel it before estimating another one.');
  }
  await clearStopRequest(integrationId);
  const run = newRun(integrationId, filter);
  await writeRun(run);
  await pushChunk(integrationId, run.runId, 0);
  return (await backfillStatus(integrationId))!;
}

/** Starts the estimated backfill: its failures list starts empty, its counts from zero. */
export async function startBackfill(integrationId: string): Promise<BackfillView> {
  const run = await expect(integrationId, ['estimated'], 'Estimate the backfill first: the page shows what it will bring over before it starts.');
  await clearFailures(integrationId);
  const now = Date.now();
  Object.assign(run, { state: 'running', startedAt: now, updatedAt: now, counts: emptyCounts(), samples: [], checkpoint: emptyCheckpoint(run.checkpoint.seq + 1) });
  return launch(run);
}

/**
 * Pause and cancel are requests the running chain obeys between units (a chunk writes the run
 * record when it ends, so writing it here could undo that chunk's progress); the page shows them
 * at once. Only a run no chunk can be working on (paused, stopped) is written here.
 */
export async function pauseBackfill(integrationId: string): Promise<BackfillView> {
  const run = await expect(integrationId, ['running', 'estimating'], 'Only a running backfill can be paused.');
  await requestStop(integrationId, run.runId, 'pause');
  return (await backfillStatus(integrationId))!;
}

export async function cancelBackfill(integrationId: string): Promise<BackfillView> {
  const run = await expect(integrationId, ['running', 'estimating', 'paused', 'failed'], 'Only a backfill that has not ended can be cancelled.');
  await requestStop(integrationId, run.runId, 'cancel');
  if (run.state === 'paused' || run.state === 'failed') {
    Object.assign(run, { state: 'cancelled', finishedAt: Date.now(), updatedAt: Date.now() });
    await writeRun(run);
  }
  return (await backfillStatus(integrationId))!;
}

/**
 * Continues a paused, failed or stalled run from its checkpoint. A pause the chain has not yet
 * reached is simply taken back: the chain never stopped.
 */
export async function resumeBackfill(integrationId: string): Promise<BackfillView> {
  const run = await expect(integrationId, ['paused', 'failed', 'running', 'estimating'], 'Only a paused or stopped backfill can be resumed.');
  const pending = await stopRequested(integrationId, run.runId);
  await clearStopRequest(integrationId);
  if (isActive(run) && !stalled(run)) {
    if (pending === 'pause') return (await backfillStatus(integrationId))!;
    throw new UserFacingError('invalid', 'This backfill is running.');
  }
  Object.assign(run, { state: run.startedAt ? 'running' : 'estimating', samples: [], updatedAt: Date.now(), lastError: undefined, checkpoint: { ...run.checkpoint, seq: run.checkpoint.seq + 1 } });
  return launch(run);
}

/**
 * Retries a page of failures. A ticket that has its issue already (its status or a comment
 * failed) is retried by the two-way sync, as a stuck link is; one without is brought over again
 * by the run, which finds an issue an earlier attempt may have made before creating one.
 */
export async function retryBackfillFailures(integrationId: string): Promise<BackfillView> {
  const run = await expect(integrationId, ['running', 'paused', 'done', 'cancelled', 'failed'], 'There is no backfill to retry failures of.');
  const { failures } = await failurePage(integrationId, undefined, 100);
  const links = new Map(await Promise.all(failures.map(async (failure) => [failure.ticketId, await getLink(linkIdOf(integrationId, failure.ticketId))] as const)));
  const linked = failures.filter((failure) => links.get(failure.ticketId));
  for (const failure of linked) await retryLink(links.get(failure.ticketId)!);
  await deleteFailures(integrationId, linked.map((failure) => failure.ticketId));
  await recordSyncLogs(linked.map((failure) => linkEntry(links.get(failure.ticketId)!, 'both', 'link.retried', 'ok')));
  const unlinked = failures.filter((failure) => !links.get(failure.ticketId) && failure.retryable);
  await markRetryRequested(unlinked);
  if (unlinked.length > 0 && (run.state === 'done' || run.state === 'cancelled' || run.state === 'failed')) {
    Object.assign(run, { state: 'running', finishedAt: undefined, lastError: undefined, samples: [], updatedAt: Date.now(), checkpoint: { ...run.checkpoint, seq: run.checkpoint.seq + 1 } });
    await clearStopRequest(integrationId);
    return launch(run);
  }
  return (await backfillStatus(integrationId))!;
}

async function launch(run: BackfillRun): Promise<BackfillView> {
  await writeRun(run);
  await pushChunk(run.integrationId, run.runId, run.checkpoint.seq);
  return (await backfillStatus(run.integrationId))!;
}

async function expect(integrationId: string, states: BackfillRun['state'][], message: string): Promise<BackfillRun> {
  const run = await readRun(integrationId);
  if (!run || !states.includes(run.state)) throw new UserFacingError('invalid', message);
  return run;
}

const stalled = (run: BackfillRun) => Date.now() - run.updatedAt > STALL_MS;
