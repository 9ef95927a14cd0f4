import { randomBytes } from 'node:crypto';
import { Filter, FilterConditions, kvs, Sort, WhereConditions } from '@forge/kvs';
import { definedAttributes } from '../../storage/entity-pages';
import { ENTITY, INDEX } from '../../storage/keys';
import { seal, unseal } from '../../storage/sealed-box';
import type { SyncLogEntry } from './sync-log';

/**
 * How a sync log entry is stored: what the log view filters on (integration, time, result,
 * direction) in the clear, so KVS can select pages without decrypting anything, and the rest
 * (action, ids, title, reason) sealed with the record key, as integration logs are. Every entry
 * also carries a TTL just past the longest retention: should the daily prune ever fall behind,
 * nothing outlives 30 days anyway.
 */
export interface StoredSyncLogEntry {
  integrationId: string;
  at: number;
  result: SyncLogEntry['result'];
  direction: SyncLogEntry['direction'];
  sealed: string;
}

type SealedPart = Omit<SyncLogEntry, 'integrationId' | 'at' | 'result' | 'direction'>;

export interface SyncLogFilter {
  result?: SyncLogEntry['result'];
  direction?: SyncLogEntry['direction'];
  since?: number;
  until?: number;
}

const BACKSTOP_TTL = { value: 31, unit: 'DAYS' } as const;
/** KVS batch writes take at most 25 items. */
const BATCH = 25;
export const MAX_PAGE = 100;

export const syncLogEntries = () => kvs.entity<StoredSyncLogEntry>(ENTITY.syncLog);

/** Keys sort by integration and time, so a scan in key order is also in time order. */
const keyOf = (entry: SyncLogEntry) => `${entry.integrationId}:${String(entry.at).padStart(15, '0')}:${randomBytes(4).toString('hex')}`;

export async function appendSyncLogEntries(entries: SyncLogEntry[]): Promise<void> {
  const items = await Promise.all(
    entries.map(async (entry) => {
      const { integrationId, at, result, direction, ...rest } = entry;
      const sealed = await seal(definedAttributes(rest));
      const value: StoredSyncLogEntry = { integrationId, at, result, direction, sealed };
      return { entityName: ENTITY.syncLog, key: keyOf(entry), value, options: { ttl: BACKSTOP_TTL } };
    }),
  );
  for (let start = 0; start < items.length; start += BATCH) {
    const result = await kvs.batchSet(items.slice(start, start + BATCH));
    if (result.failedKeys.length > 0) throw new Error(`${result.failedKeys.length} sync log entries were not written (${result.failedKeys[0].error.code})`);
  }
}

export async function readSyncLogPage(integrationId: string, filter: SyncLogFilter & { cursor?: string; limit?: number }) {
  let query = syncLogEntries()
    .query()
    .index(INDEX.syncLogByIntegration, { partition: [integrationId] })
    .where(WhereConditions.between(filter.since ?? 0, filter.until ?? Number.MAX_SAFE_INTEGER))
    .sort(Sort.DESC)
    .limit(Math.min(Math.max(filter.limit ?? 50, 1), MAX_PAGE));
  const conditions = new Filter<StoredSyncLogEntry>();
  if (filter.result && filter.direction) query = query.filters(conditions.and('result', FilterConditions.equalTo(filter.result)).and('direction', FilterConditions.equalTo(filter.direction)));
  else if (filter.result) query = query.filters(conditions.and('result', FilterConditions.equalTo(filter.result)));
  else if (filter.direction) query = query.filters(conditions.and('direction', FilterConditions.equalTo(filter.direction)));
  if (filter.cursor) query = query.cursor(filter.cursor);
  const page = await query.getMany();
  const entries = await Promise.all(
    page.results.map(async ({ value }): Promise<SyncLogEntry> => {
      const { integrationId: id, at, result, direction } = value;
      return { integrationId: id, at, result, direction, ...(await unseal<SealedPart>(value.sealed)) };
    }),
  );
  return { entries, nextCursor: page.nextCursor };
}

