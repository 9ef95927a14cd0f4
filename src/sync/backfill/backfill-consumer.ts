import type { AsyncEvent } from '@forge/events';
import { claimChunk } from '../../identity/event-claim';
import { InvocationBudget } from '../../identity/invocation-budget';
import { QUEUE } from '../../storage/keys';
import { loadSyncContext } from '../sync-context';
import { noSpend, type UnitSpend } from './backfill-item';
import { spend as book, waitMs } from './backfill-pace';
import { pushChunk, stopRequested } from './backfill-queue';
import { isActive, readRun, runsUnderWay, writeRun, type BackfillRun } from './backfill-run';
import { failRun, handleChunkError } from './chunk-errors';
import { countUnit } from './count-unit';
import { importUnit } from './import-unit';
import { sleep } from './pool';
import { pullRetryRequests } from './retry-requests';

/** `timeoutSeconds` of the backfill consumer in manifest.yml; a chunk plans for half of it. */
export const BACKFILL_TIMEOUT_SECONDS = 300;
/** Shorter pacing waits are slept in the invocation; longer ones end it, and the next chunk is a delayed queue event. */
const INLINE_WAIT_MS = 3_000;
/**
 * A chunk's work, at most: well inside the budget (half the timeout), so a slow Jira or help desk
 * (each unit waits on a few hundred calls) cannot carry a chunk near its limit.
 */
const CHUNK_MS = 90_000;

/**
 * The `sync-backfill` consumer: one chunk of one integration's backfill. A chunk runs units of
 * work (count a page, or bring a page of tickets over), writing the checkpoint after each, until
 * its time budget (half the function's timeout, less what the next unit is expected to take) is
 * used or the pace asks for a longer wait; then it pushes the next chunk, delayed by that wait.
 * Chunks carry a sequence number: a duplicate delivery or a stale event is dropped, and Forge's
 * redelivery after a crash resumes at the last checkpoint. Pause and cancel apply between units.
 */
export async function runBackfillChunk(event: AsyncEvent): Promise<void> {
  const { integrationId, runId, seq } = event.body as { integrationId: string; runId: string; seq: number };
  const run = await readRun(integrationId);
  if (!run || run.runId !== runId || !isActive(run)) return;
  if (!(await claimChunk(QUEUE.syncBackfill, runId, seq, event.eventId))) return;
  if (run.checkpoint.seq > seq) return pushChunk(integrationId, runId, run.checkpoint.seq); // crashed after the checkpoint, before the push
  if (run.checkpoint.seq < seq) return;
  if (await applyStop(run)) return;
  const context = await loadSyncContext(integrationId);
  if (!context) return failRun(run, 'The integration stopped syncing (turned off, deleted, or without a connection), so the backfill stopped. Turn the sync on and resume the backfill.');
  const budget = new InvocationBudget(BACKFILL_TIMEOUT_SECONDS);
  // Read once a chunk: a run that starts or ends meanwhile changes the split from the next chunk on.
  const sharing = await runsUnderWay();
  let delayMs = 0;
  try {
    for (;;) {
      const started = Date.now();
      const spent: UnitSpend = noSpend();
      const more = run.state === 'estimating' ? await countUnit(context, run, spent) : (await importUnit(context, run, spent)) || (await pullRetryRequests(run));
      account(run, started, spent, sharing);
      if (!more) {
        complete(run);
        break;
      }
      if (spent.deferred !== undefined && spent.progress === 0) {
        // Nothing moved, for reasons that say "later": wait as a failed unit would.
        await writeRun(run);
        return handleChunkError(integrationId, runId, seq, spent.deferred);
      }
      if (await stopRequested(integrationId, runId)) break;
      await writeRun(run);
      delayMs = waitMs(run.pace, Math.max(5, spent.helpdeskCredits));
      const unitMs = Date.now() - started;
      if (delayMs > INLINE_WAIT_MS || budget.elapsedMs() + delayMs + 2 * unitMs > Math.min(budget.limitMs, CHUNK_MS)) break;
      if (delayMs > 0) await sleep(delayMs);
      delayMs = 0;
    }
  } catch (error) {
    return handleChunkError(integrationId, runId, seq, error);
  }
  await endChunk(run, seq, delayMs);
}

function account(run: BackfillRun, started: number, spent: UnitSpend, sharing: number): void {
  book(run.pace, started, { helpdeskCredits: spent.helpdeskCredits, jiraPoints: spent.jiraPoints }, sharing);
  if (spent.progress > 0 || spent.deferred === undefined) run.pace.throttled = 0;
  run.counts.helpdeskCalls += spent.helpdeskCalls;
  run.counts.jiraCalls += spent.jiraCalls;
  run.updatedAt = Date.now();
}

function complete(run: BackfillRun): void {
  if (run.state === 'estimating') run.state = 'estimated';
  else {
    run.state = 'done';
    run.finishedAt = Date.now();
  }
}

/** A pause or cancel asked for since the chunk began (or while no chunk ran) takes effect instead of the next chunk. */
async function applyStop(run: BackfillRun): Promise<boolean> {
  const request = await stopRequested(run.integrationId, run.runId);
  if (!request) return false;
  run.state = request === 'pause' ? 'paused' : 'cancelled';
  if (request === 'cancel') run.finishedAt = Date.now();
  run.updatedAt = Date.now();
  await writeRun(run);
  return true;
}

async function endChunk(run: BackfillRun, seq: number, delayMs: number): Promise<void> {
  if (isActive(run) && (await applyStop(run))) return;
  run.checkpoint.seq = seq + 1;
  await writeRun(run);
  if (isActive(run)) await pushChunk(run.integrationId, run.runId, seq + 1, delayMs / 1000);
}
