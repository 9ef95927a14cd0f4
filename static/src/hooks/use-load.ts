import { useEffect, useState, type DependencyList } from 'react';
import type { AppError } from '../../../src/shared/result';
import { ResolverError, toAppError } from '../api/resolver-result';

/**
 * The state of one asynchronous load (context, resolver calls), for AsyncView to render.
 * A failure is kept as an AppError, so the UI can only ever show a message meant for people.
 */
export type LoadState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: AppError }
  | { status: 'ready'; data: T };

/**
 * Runs `load` when the component mounts and again when `deps` change. Answers that arrive after
 * the component unmounted, or after a newer load started, are dropped rather than rendered.
 */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList): LoadState<T> {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    load().then(
      (data) => {
        if (current) setState({ status: 'ready', data });
      },
      (error: unknown) => {
        if (!current) return;
        if (!(error instanceof ResolverError)) {
          // Unexpected failures (bridge missing, host error) are for the developer's console only.
          console.error('Deskbridge: loading failed', error instanceof Error ? error.name : typeof error);
        }
        setState({ status: 'error', error: toAppError(error) });
      },
    );
    return () => {
      current = false;
    };
    // The caller's deps decide when to reload; `load` is usually an inline closure.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);

  return state;
}
