import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../src/shared/result';
import { toAppError } from '../api/resolver-result';

/** One page of a list resolver's answer. */
export interface ListPage<T> {
  items: T[];
  nextCursor?: string;
}

export interface PagedList<T> {
  items: T[];
  /** The first page is loading (the table keeps the rows it has meanwhile). */
  loading: boolean;
  /** A further page is loading. */
  loadingMore: boolean;
  hasMore: boolean;
  error: AppError | null;
  loadMore: () => void;
  /** Starts over from the first page (after a change). */
  reload: () => void;
}

/**
 * A list read a page at a time from a cursor-paged resolver. "Load more" appends the next page;
 * a new `fetchPage` (memoise it on what it depends on) or `reload` starts over, and answers still
 * on their way for the old list are dropped.
 */
export function usePagedList<T>(fetchPage: (cursor?: string) => Promise<ListPage<T>>): PagedList<T> {
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const generation = useRef(0);

  const read = useCallback(
    async (after: string | undefined) => {
      const mine = generation.current;
      setError(null);
      try {
        const page = await fetchPage(after);
        if (mine !== generation.current) return;
        setItems((previous) => (after === undefined ? page.items : [...previous, ...page.items]));
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
    [fetchPage],
  );

  const reload = useCallback(() => {
    generation.current++;
    setLoading(true);
    setLoadingMore(false);
    void read(undefined);
  }, [read]);

  useEffect(() => {
    setItems([]);
    setCursor(undefined);
    reload();
    return () => {
      generation.current++;
    };
  }, [reload]);

  const loadMore = useCallback(() => {
    if (cursor === undefined || loadingMore) return;
    setLoadingMore(true);
    void read(cursor);
  }, [cursor, loadingMore, read]);

  return { items, loading, loadingMore, hasMore: cursor !== undefined, error, loadMore, reload };
}
