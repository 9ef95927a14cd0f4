import { STALL_MS, type BackfillRun } from './backfill-run';
import type { BackfillFailure, BackfillView, StopRequest } from './backfill-shapes';

export type { BackfillView } from './backfill-shapes';

export function toBackfillView(run: BackfillRun, stop: StopRequest | undefined, failures: { failures: BackfillFailure[]; nextCursor?: string }, now = Date.now()): BackfillView {
  const total = run.estimate ? Math.max(0, run.estimate.matching - run.estimate.alreadyLinked) : undefined;
  const rate = itemsPerMinute(run.samples);
  const remaining = total === undefined ? undefined : Math.max(0, total - run.counts.done - run.counts.failed);
  const iso = (at?: number) => (at ? new Date(at).toISOString() : undefined);
  // A pause or cancel the running chain has not reached yet shows as done: the person sees what they asked for.
  const shown = stop && isActiveState(run.state) ? (stop === 'pause' ? 'paused' : 'cancelled') : run.state;
  return {
    state: shown,
    runId: run.runId,
    filter: run.filter,
    ...(run.estimate ? { estimate: run.estimate } : {}),
    ...(total !== undefined ? { total } : {}),
    done: run.counts.done,
    failed: run.counts.failed,
    skipped: run.state === 'estimating' || run.state === 'estimated' ? 0 : run.counts.skipped,
    comments: run.counts.comments,
    retries: run.counts.retries,
    ...(rate !== undefined && shown === 'running' ? { itemsPerMinute: Math.round(rate * 10) / 10 } : {}),
    ...(rate && remaining !== undefined && shown === 'running' ? { etaSeconds: Math.ceil((remaining / rate) * 60) } : {}),
    ...(run.startedAt ? { startedAt: iso(run.startedAt) } : {}),
    updatedAt: iso(run.updatedAt)!,
    ...(run.finishedAt ? { finishedAt: iso(run.finishedAt) } : {}),
    ...(run.lastError ? { lastError: run.lastError } : {}),
    stalled: isActiveState(run.state) && !stop && now - run.updatedAt > STALL_MS,
    ...(stop && isActiveState(run.state) ? { stopping: stop } : {}),
    failures: failures.failures,
    ...(failures.nextCursor ? { failuresCursor: failures.nextCursor } : {}),
  };
}

const isActiveState = (state: BackfillRun['state']) => state === 'running' || state === 'estimating';

/** Items per minute between the oldest and newest recent sample. */
export function itemsPerMinute(samples: [number, number][]): number | undefined {
  if (samples.length < 2) return undefined;
  const [firstAt, firstDone] = samples[0];
  const [lastAt, lastDone] = samples[samples.length - 1];
  return lastAt > firstAt ? ((lastDone - firstDone) * 60_000) / (lastAt - firstAt) : undefined;
}
