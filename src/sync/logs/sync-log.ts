import { countActivity, readActivity } from './sync-activity';
import { appendSyncLogEntries, readSyncLogPage, type SyncLogFilter } from './sync-log-store';
import type { SyncLogEntry } from './sync-log-types';

/**
 * The sync log: one entry per thing the sync engine did to a link (an issue or ticket created,
 * fields, a status or a comment copied, a retry scheduled, a link parked), per backfill item,
 * and per notification sent. Entries hold ids and titles only, never ticket content or secrets,
 * and are sealed at rest (sync-log-store.ts). Other features read it through these functions
 * (the issue panel, notifications): keep the names and shapes stable.
 */
export type { SyncLogAction, SyncLogEntry } from './sync-log-types';

export type NewSyncLogEntry = Omit<SyncLogEntry, 'at'> & { at?: number };

/**
 * Records one entry. Never throws: a log that cannot be written must not fail (and so repeat)
 * the sync it describes; the failure is reported to the developer log without the entry.
 */
export async function recordSyncLog(entry: NewSyncLogEntry): Promise<void> {
  await recordSyncLogs([entry]);
}

/** Records several entries at once (a backfill batch): fewer KVS calls, same guarantees. */
export async function recordSyncLogs(entries: NewSyncLogEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const now = Date.now();
  const complete = entries.map((entry): SyncLogEntry => ({ ...entry, at: entry.at ?? now }));
  try {
    await appendSyncLogEntries(complete);
    await countActivity(complete);
  } catch (error) {
    console.error('Sync log entries could not be written', error instanceof Error ? error.name : typeof error);
  }
}

/** Newest first, a page at a time, optionally only one result, one direction, or a time window (epoch ms). */
export async function querySyncLog(
  integrationId: string,
  filter: SyncLogFilter & { cursor?: string; limit?: number },
): Promise<{ entries: SyncLogEntry[]; nextCursor?: string }> {
  return readSyncLogPage(integrationId, filter);
}

/** Per UTC day (oldest first, every day of the window present), how many actions worked and how many failed, over several integrations. */
export async function syncActivity(integrationIds: string[], days: number): Promise<{ day: string; ok: number; error: number }[]> {
  return readActivity(integrationIds, days);
}
