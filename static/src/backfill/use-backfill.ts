import { useCallback, useEffect, useRef, useState } from 'react';
import type { BackfillFilter, BackfillView } from '../../../src/sync/backfill/backfill-shapes';
import type { AppError } from '../../../src/shared/result';
import { toAppError } from '../api/resolver-result';
import { useAction, type Action } from '../hooks/use-action';
import { commandBackfill, estimateBackfill, fetchBackfill, type BackfillCommand } from './backfill-client';

/** How often the page asks for progress while a backfill is estimating or running. */
const POLL_MS = 2_000;

export interface BackfillHandle {
  view: BackfillView | null;
  loading: boolean;
  error: AppError | null;
  estimate: Action<[BackfillFilter], BackfillView>;
  command: Action<[BackfillCommand], BackfillView>;
}

/**
 * An integration's backfill, kept fresh: read once, then every two seconds while it estimates or
 * runs (the work happens in the queue, not in this page), and replaced by what every command answers.
 */
export function useBackfill(integrationId: string): BackfillHandle {
  const [view, setView] = useState<BackfillView | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<AppError | null>(null);
  const alive = useRef(true);

  const refresh = useCallback(async () => {
    try {
      const next = await fetchBackfill(integrationId);
      if (!alive.current) return;
      setView(next);
      setError(null);
    } catch (caught) {
      if (alive.current) setError(toAppError(caught));
    } finally {
      if (alive.current) setLoading(false);
    }
  }, [integrationId]);

  useEffect(() => {
    alive.current = true;
    void refresh();
    return () => {
      alive.current = false;
    };
  }, [refresh]);

  const active = view?.state === 'running' || view?.state === 'estimating';
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [active, refresh]);

  const estimate = useAction(async (filter: BackfillFilter) => {
    const next = await estimateBackfill(integrationId, filter);
    setView(next);
    return next;
  });
  const command = useAction(async (which: BackfillCommand) => {
    const next = await commandBackfill(integrationId, which);
    setView(next);
    return next;
  });
  return { view, loading, error, estimate, command };
}
