import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../src/shared/result';
import { ResolverError, toAppError } from '../api/resolver-result';

/**
 * One change the person asked for (create, rename, delete...): whether it is running, so buttons
 * can be disabled meanwhile, and the error it ended with, as an AppError meant for people.
 */
export interface Action<A extends unknown[], T> {
  pending: boolean;
  error: AppError | null;
  /** Runs the change; resolves with its data, or with undefined when it failed (see `error`). */
  run: (...args: A) => Promise<T | undefined>;
  clearError: () => void;
}

export function useAction<A extends unknown[], T>(perform: (...args: A) => Promise<T>): Action<A, T> {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const mounted = useRef(true);
  const running = useRef(false);
  const performRef = useRef(perform);
  performRef.current = perform;

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (...args: A): Promise<T | undefined> => {
    // A double click must not send the same change twice.
    if (running.current) return undefined;
    running.current = true;
    setPending(true);
    setError(null);
    try {
      return await performRef.current(...args);
    } catch (caught) {
      if (!(caught instanceof ResolverError)) {
        console.error('Deskbridge: the change failed', caught instanceof Error ? caught.name : typeof caught);
      }
      if (mounted.current) setError(toAppError(caught));
      return undefined;
    } finally {
      running.current = false;
      if (mounted.current) setPending(false);
    }
  }, []);

  const clearError = useCallback(() => setError(null), []);
  return { pending, error, run, clearError };
}
