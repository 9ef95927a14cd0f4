import { Queue, type AsyncEvent, type PushEvent } from '@forge/events';
import { QUEUE } from '../../storage/keys';
import { appAccountId } from '../app-account';
import { getDirectoryBatch, KVS_BATCH } from '../directory/directory-store';
import { claimChunk } from '../event-claim';
import { InvocationBudget } from '../invocation-budget';
import { PERSONAL_DATA_STORES, type ReportableAccount } from '../personal-data-stores';
import { readPersonalData, writePersonalData } from './personal-data-record';
import { pushWalk, type WalkEvent } from './report-cycle';

/** The reporting API takes at most 90 accounts a request; one queue event is one request. */
export const ACCOUNTS_PER_REPORT = 90;
/** Report events one walk chunk queues: one push of at most 50 events, Forge's limit per push. */
export const REPORTS_PER_WALK_CHUNK = 50;
/** Pace: report requests started per second, spread with `delayInSeconds` so a big directory never bursts. */
export const REPORTS_PER_SECOND = 20;
/** Forge accepts at most 200 KB per push; events are grouped below that. */
const MAX_PUSH_BYTES = 180 * 1024;

export interface ReportEvent {
  kind: 'report';
  cycleId: string;
  /** [accountId, updatedAt epoch ms]: compact, so 50 events of 90 long customer ids still fit a push. */
  accounts: [string, number][];
  /** How many times the API answered 429 to this report (it is then pushed again, later). */
  rateLimited?: number;
}

/**
 * One chunk of a reporting cycle's walk: reads the stores page by page (the registry's order),
 * turns each page into report events of at most 90 accounts, queues them paced, checkpoints
 * (store, cursor), and hands over to the next chunk, which waits until this chunk's reports have
 * started. Memory holds one chunk's events at most, whatever the directory's size.
 */
export async function walkChunk(event: AsyncEvent): Promise<void> {
  const { cycleId, seq } = event.body as unknown as WalkEvent;
  const record = await readPersonalData();
  const checkpoint = record.checkpoint;
  if (!record.running || record.cycleId !== cycleId || !checkpoint) return;
  if (!(await claimChunk(QUEUE.personalData, cycleId, seq, event.eventId))) return;
  if (checkpoint.seq > seq) return pushWalk(cycleId, checkpoint.seq);
  if (checkpoint.seq < seq) return;
  const app = await appAccountId();
  const budget = new InvocationBudget();
  const reports: PushEvent<Record<string, unknown>>[] = [];
  while (reports.length < REPORTS_PER_WALK_CHUNK && checkpoint.store < PERSONAL_DATA_STORES.length && budget.hasTime()) {
    const store = PERSONAL_DATA_STORES[checkpoint.store];
    const page = await store.list(checkpoint.cursor, ACCOUNTS_PER_REPORT, record.cycleStartedAt!);
    const others = page.accounts.filter((account) => account.accountId !== app);
    for (const accounts of batches(store.directory ? others : await outsideDirectory(others))) {
      const body: ReportEvent = { kind: 'report', cycleId, accounts: accounts.map(({ accountId, updatedAt }) => [accountId, updatedAt]) };
      reports.push({ body: { ...body }, delayInSeconds: Math.floor(reports.length / REPORTS_PER_SECOND) });
      record.queued += accounts.length;
    }
    if (page.nextCursor) checkpoint.cursor = page.nextCursor;
    else Object.assign(checkpoint, { store: checkpoint.store + 1, cursor: undefined });
  }
  await pushAll(reports);
  const now = Date.now();
  record.updatedAt = now;
  if (checkpoint.store >= PERSONAL_DATA_STORES.length) {
    Object.assign(record, { running: false, lastReportAt: now, reported: record.queued, checkpoint: undefined });
  } else {
    checkpoint.seq = seq + 1;
  }
  await writePersonalData(record);
  if (record.running) await pushWalk(cycleId, seq + 1, Math.ceil(reports.length / REPORTS_PER_SECOND));
}

/** The accounts the directory does not hold (those it holds were reported with it this cycle). */
async function outsideDirectory(accounts: ReportableAccount[]): Promise<ReportableAccount[]> {
  const outside: ReportableAccount[] = [];
  for (let i = 0; i < accounts.length; i += KVS_BATCH) {
    const slice = accounts.slice(i, i + KVS_BATCH);
    const held = await getDirectoryBatch([...new Set(slice.map(({ accountId }) => accountId))]);
    outside.push(...slice.filter(({ accountId }) => !held.has(accountId)));
  }
  return outside;
}

/** Distinct accounts in groups of at most 90 (a page may name one owner many times). */
function batches(accounts: ReportableAccount[]): ReportableAccount[][] {
  const distinct = [...new Map(accounts.map((account) => [account.accountId, account])).values()];
  const groups: ReportableAccount[][] = [];
  for (let i = 0; i < distinct.length; i += ACCOUNTS_PER_REPORT) groups.push(distinct.slice(i, i + ACCOUNTS_PER_REPORT));
  return groups;
}

/** Pushes in as few calls as Forge's limits allow (50 events and 200 KB per call). */
async function pushAll(events: PushEvent<Record<string, unknown>>[]): Promise<void> {
  const queue = new Queue({ key: QUEUE.personalData });
  let group: PushEvent<Record<string, unknown>>[] = [];
  let bytes = 0;
  for (const event of events) {
    const size = Buffer.byteLength(JSON.stringify(event)) + 1;
    if (group.length > 0 && (group.length === 50 || bytes + size > MAX_PUSH_BYTES)) {
      await queue.push(group);
      group = [];
      bytes = 0;
    }
    group.push(event);
    bytes += size;
  }
  if (group.length > 0) await queue.push(group);
}
