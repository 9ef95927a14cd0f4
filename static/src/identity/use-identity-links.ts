import { useCallback, useEffect, useRef, useState } from 'react';
import type { IdentityLinkView } from '../../../src/shared/identity';
import type { AppError } from '../../../src/shared/result';
import { listIdentityLinks } from '../api/deskbridge-client';
import { toAppError } from '../api/resolver-result';
import { toolOfFilter, type ToolFilter } from './identity-format';

/**
 * The identity map as the table shows it: newest first, 50 rows a page, of one tool or all.
 * "Load more" appends the next page; a new filter, or `reload` after a change, starts over from
 * the first page, and answers still on their way for the old list are dropped.
 */
export interface IdentityLinks {
  links: IdentityLinkView[];
  /** The first page is loading (the table keeps the rows it has meanwhile). */
  loading: boolean;
  loadingMore: boolean;
  hasMore: boolean;
  error: AppError | null;
  loadMore: () => void;
  reload: () => void;
}

export function useIdentityLinks(filter: ToolFilter): IdentityLinks {
  const [links, setLinks] = useState<IdentityLinkView[]>([]);
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
        const page = await listIdentityLinks(toolOfFilter(filter), after);
        if (mine !== generation.current) return;
        setLinks((previous) => (after === undefined ? page.links : [...previous, ...page.links]));
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
    [filter],
  );

  const restart = useCallback(() => {
    generation.current++;
    setLoading(true);
    setLoadingMore(false);
    void fetchPage(undefined);
  }, [fetchPage]);

  useEffect(() => {
    setLinks([]);
    setCursor(undefined);
    restart();
    return () => {
      generation.current++;
    };
  }, [restart]);

  const loadMore = useCallback(() => {
    if (cursor === undefined || loadingMore) return;
    setLoadingMore(true);
    void fetchPage(cursor);
  }, [cursor, loadingMore, fetchPage]);

  return { links, loading, loadingMore, hasMore: cursor !== undefined, error, loadMore, reload: restart };
}
