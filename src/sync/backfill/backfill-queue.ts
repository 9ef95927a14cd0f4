import { Queue } from '@forge/events';
import { kvs } from '@forge/kvs';
import { KEY, QUEUE } from '../../storage/keys';

/** Forge delays a queue event by at most 15 minutes. */
export const MAX_DELAY_SECONDS = 900;

/**
 * Hands chunk `seq` of a run to the backfill consumer, after `delaySeconds`. Pacing waits go
 * here rather than into a sleeping invocation: a delayed event costs no compute, and the local
 * runtime (and its benchmark) can run queue delays on its own clock.
 */
export async function pushChunk(integrationId: string, runId: string, seq: number, delaySeconds = 0): Promise<void> {
  const delayInSeconds = Math.min(Math.max(Math.ceil(delaySeconds), 0), MAX_DELAY_SECONDS);
  await new Queue({ key: QUEUE.syncBackfill }).push({ body: { integrationId, runId, seq }, ...(delayInSeconds > 0 ? { delayInSeconds } : {}) });
}

export type { StopRequest } from './backfill-shapes';
import type { StopRequest } from './backfill-shapes';

/**
 * Pause and cancel are requests, kept apart from the run record: a chunk that is running when a
 * person clicks writes the run record when it ends, and would otherwise overwrite the click. The
 * chunk reads the request before it writes, and the next chunk reads it when it starts.
 */
export async function requestStop(integrationId: string, runId: string, request: StopRequest): Promise<void> {
  await kvs.set(KEY.backfillControl(integrationId), { runId, request });
}

export async function stopRequested(integrationId: string, runId: string): Promise<StopRequest | undefined> {
  const stored = await kvs.get<{ runId: string; request: StopRequest }>(KEY.backfillControl(integrationId));
  return stored?.runId === runId ? stored.request : undefined;
}

export async function clearStopRequest(integrationId: string): Promise<void> {
  await kvs.delete(KEY.backfillControl(integrationId));
}
