import type { BackfillFilter, BackfillView } from '../../../src/sync/backfill/backfill-shapes';
import { invokeResolver } from '../api/deskbridge-client';

/**
 * The backfill resolvers (src/resolvers/backfill), one function a key, like
 * api/deskbridge-client.ts. Watching is for whoever sees the integration; the rest for its
 * editors, which the server checks on every call.
 */
interface BackfillAnswers {
  'backfill/status': BackfillView | null;
  'backfill/estimate': BackfillView;
  'backfill/start': BackfillView;
  'backfill/pause': BackfillView;
  'backfill/resume': BackfillView;
  'backfill/cancel': BackfillView;
  'backfill/retry-failures': BackfillView;
}

async function call<K extends keyof BackfillAnswers>(key: K, payload: Record<string, unknown>): Promise<BackfillAnswers[K]> {
  return invokeResolver<BackfillAnswers[K]>(key, payload);
}

/** `backfill/status`: progress, speed, time left and a page of failures; null before the first backfill. */
export const fetchBackfill = (integrationId: string): Promise<BackfillView | null> => call('backfill/status', { integrationId });

/** `backfill/estimate`: counts what the filter selects, in the background; the status shows the estimate when done. */
export const estimateBackfill = (integrationId: string, filter: BackfillFilter): Promise<BackfillView> => call('backfill/estimate', { integrationId, filter });

export type BackfillCommand = 'start' | 'pause' | 'resume' | 'cancel' | 'retry-failures';

/** `backfill/start|pause|resume|cancel|retry-failures`. */
export const commandBackfill = (integrationId: string, command: BackfillCommand): Promise<BackfillView> => call(`backfill/${command}`, { integrationId });
