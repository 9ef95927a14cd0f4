import { randomBytes } from 'node:crypto';
import { Queue } from '@forge/events';
import { kvs } from '@forge/kvs';
import { KEY, QUEUE } from '../../storage/keys';

/** Where a run stands, so the next chunk (a new queue event) picks up exactly there. */
export interface DirectoryCheckpoint {
  /** The chunk the next event must carry: events with another number are stale or duplicates. */
  seq: number;
  phase: 'users' | 'customers' | 'sweep';
  /** users: the next `startAt` of GET /users/search. */
  startAt: number;
  /** customers: the service desks to read (found when the phase starts), which one, and where in it. */
  desks?: string[];
  deskIndex: number;
  deskStart: number;
  /** Why the run cannot be trusted to have seen everyone (a desk it could not read): then nobody is removed. */
  incomplete?: string;
}

/**
 * The directory sync's status and checkpoint, in one KVS record written once per chunk. Counts
 * only: no accountId, no name, no email ever goes here (the admin page shows it as it is).
 */
export interface DirectoryRun {
  state: 'running' | 'done' | 'failed';
  runId: string;
  trigger: 'schedule' | 'admin';
  startedAt: number;
  finishedAt?: number;
  /** Last progress (epoch ms): a running record that stops advancing is stalled. */
  updatedAt: number;
  /** Accounts read from Jira and JSM in this run. */
  processed: number;
  /** Accounts stored by this run, and how many of them with an emailKey. */
  users: number;
  withEmail: number;
  /** Accounts removed at the end because this complete run did not see them. */
  removed: number;
  lastError?: string;
  /** The figures of the last complete run, shown while another one is going. */
  lastComplete?: { users: number; withEmail: number; finishedAt: number };
  lastScheduledAt?: number;
  checkpoint?: DirectoryCheckpoint;
}

/** A run that has not advanced for this long is considered dead (its events exhausted their retries). */
export const STALL_MS = 30 * 60 * 1000;

export const readRun = () => kvs.get<DirectoryRun>(KEY.directoryRun);
export const writeRun = (run: DirectoryRun) => kvs.set(KEY.directoryRun, run);

export const isStalled = (run: DirectoryRun, now = Date.now()) => run.state === 'running' && now - run.updatedAt > STALL_MS;

/** Run ids sort by start time (fixed-width epoch ms first), which the sweep's "seen before" query relies on. */
export function newRunId(now = Date.now()): string {
  return `${String(now).padStart(15, '0')}-${randomBytes(3).toString('hex')}`;
}

/** Hands the chunk `seq` of run `runId` to the directory consumer (a new invocation). */
export async function pushChunk(runId: string, seq: number): Promise<void> {
  await new Queue({ key: QUEUE.directory }).push({ body: { runId, seq } });
}

export type StartOutcome = { started: true; runId: string } | { started: false; run: DirectoryRun };

/**
 * Starts a run unless one is going. The record is written before the first event is pushed, so
 * the consumer always finds its checkpoint; two starts racing leave one run (the other's events
 * carry a runId that no longer matches and are dropped).
 */
export async function startDirectoryRun(trigger: DirectoryRun['trigger'], now = Date.now()): Promise<StartOutcome> {
  const current = await readRun();
  if (current && current.state === 'running' && !isStalled(current, now)) return { started: false, run: current };
  const runId = newRunId(now);
  const lastComplete =
    current?.state === 'done' && current.finishedAt ? { users: current.users, withEmail: current.withEmail, finishedAt: current.finishedAt } : current?.lastComplete;
  await writeRun({
    state: 'running',
    runId,
    trigger,
    startedAt: now,
    updatedAt: now,
    processed: 0,
    users: 0,
    withEmail: 0,
    removed: 0,
    ...(lastComplete ? { lastComplete } : {}),
    ...(trigger === 'schedule' ? { lastScheduledAt: now } : current?.lastScheduledAt ? { lastScheduledAt: current.lastScheduledAt } : {}),
    checkpoint: { seq: 0, phase: 'users', startAt: 0, deskIndex: 0, deskStart: 0 },
  });
  await pushChunk(runId, 0);
  return { started: true, runId };
}
