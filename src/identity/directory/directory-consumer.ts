import type { AsyncEvent } from '@forge/events';
import { UserFacingError } from '../../shared/errors';
import { QUEUE } from '../../storage/keys';
import { claimChunk } from '../event-claim';
import { InvocationBudget } from '../invocation-budget';
import { customersStep } from './customers-step';
import { pushChunk, readRun, writeRun, type DirectoryRun } from './directory-run';
import { sweepStep } from './sweep-step';
import { usersStep } from './users-step';

/** Records per chunk: one page of /users/search. Bounded work per event keeps every invocation short. */
export const CHUNK_RECORDS = 1000;

/** Forge delivers a failing event again (4 retries locally and on Forge); the last failure is recorded. */
const LAST_ATTEMPT = 4;

/**
 * One chunk of a directory sync. The event names the run and the chunk; the checkpoint in KVS says
 * where the chunk starts. Work is idempotent (an account is keyed by accountId and stamped with
 * the run), so a crashed chunk that Forge retries redoes its page without duplicating anything,
 * and the claim drops duplicate deliveries. The chunk ends when it has done a page's worth of
 * work or used its time budget, then writes the checkpoint and pushes the next chunk.
 */
export async function runDirectoryChunk(event: AsyncEvent): Promise<void> {
  const { runId, seq } = event.body as { runId: string; seq: number };
  const run = await readRun();
  if (!run || run.runId !== runId || run.state !== 'running' || !run.checkpoint) return; // a stale run's event
  if (!(await claimChunk(QUEUE.directory, runId, seq, event.eventId))) return; // a duplicate delivery
  if (run.checkpoint.seq > seq) return pushChunk(runId, run.checkpoint.seq); // crashed after the checkpoint, before the push
  if (run.checkpoint.seq < seq) return;
  try {
    await advance(run, new InvocationBudget());
    run.updatedAt = Date.now();
    if (run.state === 'running') run.checkpoint!.seq = seq + 1;
    await writeRun(run);
    if (run.state === 'running') await pushChunk(runId, seq + 1);
  } catch (error) {
    if ((event.retryContext?.retryCount ?? 0) >= LAST_ATTEMPT) await recordFailure(runId, error);
    throw error;
  }
}

async function advance(run: DirectoryRun, budget: InvocationBudget): Promise<void> {
  let records = 0;
  while (run.state === 'running' && records < CHUNK_RECORDS && budget.hasTime()) {
    const phase = run.checkpoint!.phase;
    if (phase === 'users') records += await usersStep(run, budget);
    else if (phase === 'customers') records += await customersStep(run);
    else records += await sweepStep(run);
  }
}

/** The run gives up: the admin page says why, in words a person can act on (never an error's raw text). */
async function recordFailure(runId: string, error: unknown): Promise<void> {
  const run = await readRun();
  if (!run || run.runId !== runId) return;
  run.state = 'failed';
  run.finishedAt = Date.now();
  run.lastError =
    error instanceof UserFacingError ? error.message : 'The directory sync failed unexpectedly; it will run again with the next daily sync, or start it from here.';
  delete run.checkpoint;
  await writeRun(run);
  console.error('Directory sync failed', error instanceof UserFacingError ? error.kind : 'internal');
}
