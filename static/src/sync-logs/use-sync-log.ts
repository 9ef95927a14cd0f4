import { useCallback } from 'react';
import type { SyncLogEntry } from '../../../src/sync/logs/sync-log-types';
import { usePagedList, type PagedList } from '../hooks/use-paged-list';
import { readSyncLog, type SyncLogQuery } from './sync-logs-client';

/** An integration's sync log, a page at a time, newest first; new filters start over from the first page. */
export function useSyncLog(integrationId: string, query: SyncLogQuery): PagedList<SyncLogEntry> {
  const { result, direction, since, until } = query;
  const fetchPage = useCallback(
    async (cursor?: string) => {
      const page = await readSyncLog(integrationId, { result, direction, since, until }, cursor);
      return { items: page.entries, nextCursor: page.nextCursor };
    },
    [integrationId, result, direction, since, until],
  );
  return usePagedList(fetchPage);
}
