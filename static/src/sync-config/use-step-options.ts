import { useEffect, useState } from 'react';
import type { OptionsByPart } from '../../../src/sync/config/editor-views';
import { getSyncOptions } from '../api/deskbridge-client';
import { useLoad, type LoadState } from '../hooks/use-load';

/**
 * One step's options (`fields` or `statuses`), loaded the first time the step is shown and again
 * whenever the issue type changes: each load costs Jira calls, so steps nobody opens cost none.
 * Undefined until the step was shown (or while no issue type is picked).
 */
export function useStepOptions<P extends 'fields' | 'statuses'>(
  integrationId: string,
  part: P,
  issueTypeId: string,
  shown: boolean,
): LoadState<OptionsByPart[P]> | undefined {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (shown) setWanted(true);
  }, [shown]);
  const active = wanted && issueTypeId !== '';
  const state = useLoad(
    () => (active ? getSyncOptions(integrationId, part, issueTypeId) : Promise.resolve(null)),
    [integrationId, part, issueTypeId, active],
  );
  if (!active) return undefined;
  if (state.status === 'ready' && state.data === null) return { status: 'loading' };
  return state as LoadState<OptionsByPart[P]>;
}
