import { Queue } from '@forge/events';
import { QUEUE } from '../../storage/keys';
import { foldErasures, readPersonalData } from './personal-data-record';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Daily triggers drift; a cycle that is due within the hour starts now rather than a day late. */
const SLACK_MS = 60 * 60 * 1000;
/** A walk that has not advanced for this long is dead (its events exhausted their retries). */
const STALL_MS = 30 * 60 * 1000;

export interface WalkEvent {
  kind: 'walk';
  cycleId: string;
  seq: number;
}

export async function pushWalk(cycleId: string, seq: number, delayInSeconds = 0): Promise<void> {
  const body: WalkEvent = { kind: 'walk', cycleId, seq };
  await new Queue({ key: QUEUE.personalData }).push({ body: { ...body }, ...(delayInSeconds > 0 ? { delayInSeconds } : {}) });
}

/**
 * The daily trigger's decision: Atlassian wants every stored account reported at least once per
 * cycle, so a new cycle starts when the last one started a cycle ago (or never did). Starting
 * folds the erasure counts into the totals and hands the walk to the queue.
 */
export async function startCycleIfDue(now = Date.now()): Promise<boolean> {
  const record = await readPersonalData();
  // A walk whose events gave up (stalled) starts over at once rather than a cycle later.
  const stalled = record.running && now - record.updatedAt >= STALL_MS;
  if (record.running && !stalled) return false;
  const due = stalled || !record.cycleStartedAt || now - record.cycleStartedAt >= record.cycleDays * DAY_MS - SLACK_MS;
  if (!due) return false;
  const cycleId = String(now).padStart(15, '0');
  Object.assign(record, { cycleId, cycleStartedAt: now, running: true, updatedAt: now, queued: 0, checkpoint: { seq: 0, store: 0 } });
  await foldErasures(record); // writes the record, then removes the folded rows
  await pushWalk(cycleId, 0);
  return true;
}

/** When the next cycle is due (the admin page shows it). */
export function nextCycleAt(record: { cycleStartedAt?: number; cycleDays: number }): number | undefined {
  return record.cycleStartedAt === undefined ? undefined : record.cycleStartedAt + record.cycleDays * DAY_MS;
}
