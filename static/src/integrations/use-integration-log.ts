import { useCallback } from 'react';
import type { LogEntryView } from '../../../src/shared/integrations';
import { readLogs } from '../api/deskbridge-client';
import { usePagedList, type PagedList } from '../hooks/use-paged-list';

/** An integration's log, a page at a time (newest first); another integration starts over. */
export type IntegrationLog = Omit<PagedList<LogEntryView>, 'items' | 'reload'> & { entries: LogEntryView[] };

export function useIntegrationLog(integrationId: string): IntegrationLog {
  const fetchPage = useCallback(
    async (cursor?: string) => {
      const page = await readLogs(integrationId, cursor);
      return { items: page.entries, nextCursor: page.nextCursor };
    },
    [integrationId],
  );
  const { items, reload: _reload, ...rest } = usePagedList(fetchPage);
  return { entries: items, ...rest };
}
