import { randomBytes } from 'node:crypto';
import { kvs, WhereConditions } from '@forge/kvs';
import { z } from 'zod';
import { KEY } from '../../storage/keys';
import type { BackfillEstimate, BackfillFilter, BackfillState } from './backfill-shapes';

export type { BackfillEstimate, BackfillFilter, BackfillState } from './backfill-shapes';

/**
 * What a backfill brings over: tickets created in a date range (UTC days, inclusive), in some
 * statuses, with some tags or priorities: the help desk's own fields, the ones its list shows.
 * Empty lists mean "any".
 */
export const backfillFilterSchema: z.ZodType<BackfillFilter, unknown> = z
  .object({
    createdFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Dates are YYYY-MM-DD.').optional(),
    createdTo: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Dates are YYYY-MM-DD.').optional(),
    statusIds: z.array(z.string().min(1).max(40)).max(50).default([]),
    tags: z.array(z.string().min(1).max(100)).max(50).default([]),
    priorities: z.array(z.string().min(1).max(40)).max(10).default([]),
  })
  .strict()
  .refine((filter) => !filter.createdFrom || !filter.createdTo || filter.createdFrom <= filter.createdTo, 'The range must start before it ends.');

/** Where the run stands, so the next chunk (a new queue event) continues exactly there. */
export interface BackfillCheckpoint {
  /** The chunk the next event must carry: others are stale or duplicates. */
  seq: number;
  cursor?: string;
  listed: boolean;
  /** Tickets of a batch whose writes began and did not finish: the next chunk completes them first. */
  inFlight?: string[];
  /** Tickets to bring over by id (retried failures, tickets a batch had to leave), looking for issues an earlier attempt made. */
  retry: string[];
  /** Target Jira status id → the transition that reaches it from a new issue's status (null: none does). */
  transitions: Record<string, { id: string; fields: Record<string, unknown> } | null>;
  /** Counting: tickets the filter selects, those among them that will move status, and a few to sample for comments per ticket. */
  matching: number;
  moves: number;
  sample: string[];
}

/** Pacing state (epoch ms): when each side's budget allows the next unit of work. */
export interface BackfillPace {
  helpdeskNextAt: number;
  jiraNextAt: number;
  helpdeskLimitPerMinute?: number;
  /** The window the help desk counts its limit in (Freshdesk, Zendesk: 60 s; Intercom: 10 s). */
  helpdeskWindowSeconds?: number;
  helpdeskRemaining?: number;
  helpdeskRemainingAt?: number;
  /** Consecutive units that ended on a rate limit (for backoff). */
  throttled: number;
}

export interface BackfillCounts {
  listed: number;
  done: number;
  skipped: number;
  failed: number;
  comments: number;
  helpdeskCalls: number;
  jiraCalls: number;
  retries: number;
}

/**
 * One integration's backfill, in one KVS record written once per unit of work. No ticket content
 * ever goes here: ids, counts, times and opaque paging cursors only.
 */
export interface BackfillRun {
  integrationId: string;
  runId: string;
  state: BackfillState;
  filter: BackfillFilter;
  estimate?: BackfillEstimate;
  counts: BackfillCounts;
  createdAt: number;
  startedAt?: number;
  updatedAt: number;
  finishedAt?: number;
  /** Recent (time, done) points: items per minute over the last few minutes, not since the start. */
  samples: [number, number][];
  lastError?: string;
  checkpoint: BackfillCheckpoint;
  pace: BackfillPace;
}

export const readRun = (integrationId: string) => kvs.get<BackfillRun>(KEY.backfillRun(integrationId));
export const writeRun = (run: BackfillRun) => kvs.set(KEY.backfillRun(run.integrationId), run);
export const deleteRun = (integrationId: string) => kvs.delete(KEY.backfillRun(integrationId));

export const emptyCounts = (): BackfillCounts => ({ listed: 0, done: 0, skipped: 0, failed: 0, comments: 0, helpdeskCalls: 0, jiraCalls: 0, retries: 0 });
export const emptyCheckpoint = (seq: number): BackfillCheckpoint => ({ seq, listed: false, retry: [], transitions: {}, matching: 0, moves: 0, sample: [] });

export function newRun(integrationId: string, filter: BackfillFilter, now = Date.now()): BackfillRun {
  return {
    integrationId,
    runId: `${String(now).padStart(15, '0')}-${randomBytes(3).toString('hex')}`,
    state: 'estimating',
    filter,
    counts: emptyCounts(),
    createdAt: now,
    updatedAt: now,
    samples: [],
    checkpoint: emptyCheckpoint(0),
    pace: { helpdeskNextAt: 0, jiraNextAt: 0, throttled: 0 },
  };
}

/** A running backfill that has not moved for this long lost its chain of events (a deploy, an exhausted retry): resume restarts it. */
export const STALL_MS = 20 * 60 * 1000;

/** Active runs hold the integration: another estimate or start must wait until it is paused or over. */
export const isActive = (run: BackfillRun | undefined) => run?.state === 'estimating' || run?.state === 'running';

/**
 * How many integrations' backfills are under way on the site (at least this one): they share
 * Jira's points quota. A stalled run spends nothing until it is resumed, so it is not counted.
 */
export async function runsUnderWay(now = Date.now()): Promise<number> {
  let count = 0;
  let cursor: string | undefined;
  do {
    let query = kvs.query().where('key', WhereConditions.beginsWith(KEY.backfillRunPrefix)).limit(100);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany<BackfillRun>();
    count += page.results.filter(({ value }) => value.state === 'running' && now - value.updatedAt <= STALL_MS).length;
    cursor = page.nextCursor;
  } while (cursor);
  return Math.max(1, count);
}
