import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';
import { ResolverError, toAppError } from '../api/resolver-result';
import type { LoadState } from './use-load';

/**
 * A load that can be repeated after a change (re-list after create, rename, delete...). Unlike
 * useLoad, a reload keeps showing the data already there, flagged as `refreshing`, so tables and
 * forms stay mounted (and keep what the person typed) while the fresh answer comes in.
 */
export interface Resource<T> {
  state: LoadState<T>;
  refreshing: boolean;
  /** Loads again; resolves when the new answer (or error) is in. */
  reload: () => Promise<void>;
}

export function useResource<T>(load: () => Promise<T>, deps: DependencyList): Resource<T> {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' });
  const [refreshing, setRefreshing] = useState(false);
  const generation = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const run = useCallback(async (initial: boolean) => {
    const mine = ++generation.current;
    if (initial) setState({ status: 'loading' });
    else setRefreshing(true);
    try {
      const data = await loadRef.current();
      if (mine === generation.current) setState({ status: 'ready', data });
    } catch (error) {
      if (mine !== generation.current) return;
      if (!(error instanceof ResolverError)) {
        console.error('Deskbridge: loading failed', error instanceof Error ? error.name : typeof error);
      }
      setState({ status: 'error', error: toAppError(error) });
    } finally {
      if (mine === generation.current) setRefreshing(false);
    }
  }, []);

  useEffect(() => {
    void run(true);
    return () => {
      // Answers for an unmounted component, or for older deps, are dropped.
      generation.current++;
    };
    // The caller's deps decide when to load from scratch; `load` is usually an inline closure.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);

  const reload = useCallback(() => run(false), [run]);
  return { state, refreshing, reload };
}
