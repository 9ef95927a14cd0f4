import { useCallback, useEffect, useRef, useState } from 'react';
import type { LogEntryView } from '../../../src/shared/integrations';
import type { AppError } from '../../../src/shared/result';
import { readLogs } from '../api/deskbridge-client';
import { toAppError } from '../api/resolver-result';

/**
 * An integration's log, read a page at a time (newest first). "Load more" appends the next
 * page; switching to another integration starts over and drops answers still on their way.
 */
export interface IntegrationLog {
  entries: LogEntryView[];
  /** The first page is loading. */
  loading: boolean;
  /** A further page is loading. */
  loadingMore: boolean;
  hasMore: boolean;
  error: AppError | null;
  loadMore: () => void;
}

export function useIntegrationLog(integrationId: string): IntegrationLog {
  const [entries, setEntries] = useState<LogEntryView[]>([]);
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const generation = useRef(0);

  const fetchPage = useCallback(
    async (after: string | undefined) => {
      const mine = generation.current;
      setError(null);
      try {
        const page = await readLogs(integrationId, after);
        if (mine !== generation.current) return;
        setEntries((previous) => (after === undefined ? page.entries : [...previous, ...page.entries]));
        setCursor(page.nextCursor || undefined);
      } catch (caught) {
        if (mine === generation.current) setError(toAppError(caught));
      } finally {
        if (mine === generation.current) {
          setLoading(false);
          setLoadingMore(false);
        }
      }
    },
    [integrationId],
  );

  useEffect(() => {
    generation.current++;
    setEntries([]);
    setCursor(undefined);
    setLoading(true);
    void fetchPage(undefined);
    return () => {
      generation.current++;
    };
  }, [fetchPage]);

  const loadMore = useCallback(() => {
    if (cursor === undefined || loadingMore) return;
    setLoadingMore(true);
    void fetchPage(cursor);
  }, [cursor, loadingMore, fetchPage]);

  return { entries, loading, loadingMore, hasMore: cursor !== undefined, error, loadMore };
}
