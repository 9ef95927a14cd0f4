import type { SyncLogEntry } from '../../../src/sync/logs/sync-log-types';
import { toCsv } from './sync-log-csv';
import { readSyncLog, type SyncLogQuery } from './sync-logs-client';

/** Longest export: the log keeps 30 days at most, and this bounds what one browser tab holds. */
const MAX_ENTRIES = 50_000;

/**
 * Builds the export in the browser from the same pages the view reads (the same filters, the same
 * access rule), so there is no server-side export to secure separately. Stops at MAX_ENTRIES.
 */
export async function exportSyncLog(integrationId: string, query: SyncLogQuery): Promise<{ csv: string; rows: number; truncated: boolean }> {
  const entries: SyncLogEntry[] = [];
  let cursor: string | undefined;
  do {
    const page = await readSyncLog(integrationId, query, cursor, 100);
    entries.push(...page.entries);
    cursor = page.nextCursor;
  } while (cursor && entries.length < MAX_ENTRIES);
  return { csv: toCsv(entries.slice(0, MAX_ENTRIES)), rows: Math.min(entries.length, MAX_ENTRIES), truncated: entries.length > MAX_ENTRIES || cursor !== undefined };
}

/** Hands the CSV to the browser as a download. */
export function downloadCsv(csv: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
