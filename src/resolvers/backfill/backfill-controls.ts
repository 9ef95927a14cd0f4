import { z } from 'zod';
import { backfillFilterSchema } from '../../sync/backfill/backfill-run';
import { cancelBackfill, estimateBackfill, pauseBackfill, resumeBackfill, retryBackfillFailures, startBackfill } from '../../sync/backfill/backfill-service';
import type { BackfillView } from '../../sync/backfill/backfill-view';
import { defineResolver } from '../define-resolver';
import { syncContextOf } from '../sync-links/sync-context-of';
import { integrationIdField } from './backfill-status';

const payload = z.object({ integrationId: integrationIdField }).strict();
const edit = { action: 'integrations.edit' as const, integrationId: ({ integrationId }: { integrationId: string }) => integrationId };

/**
 * Starting a backfill (an estimate first) needs a syncing integration: backfilled links are
 * two-way synced from the moment they exist. Pausing, cancelling and retrying work whatever the
 * sync does meanwhile.
 */
export const estimateBackfillResolver = defineResolver({
  key: 'backfill/estimate',
  payload: payload.extend({ filter: backfillFilterSchema }).strict(),
  access: edit,
  handle: async ({ integrationId, filter }): Promise<BackfillView> => {
    await syncContextOf(integrationId);
    return estimateBackfill(integrationId, filter);
  },
});

export const startBackfillResolver = defineResolver({
  key: 'backfill/start',
  payload,
  access: edit,
  handle: async ({ integrationId }): Promise<BackfillView> => {
    await syncContextOf(integrationId);
    return startBackfill(integrationId);
  },
});

export const pauseBackfillResolver = defineResolver({ key: 'backfill/pause', payload, access: edit, handle: ({ integrationId }): Promise<BackfillView> => pauseBackfill(integrationId) });

export const resumeBackfillResolver = defineResolver({ key: 'backfill/resume', payload, access: edit, handle: ({ integrationId }): Promise<BackfillView> => resumeBackfill(integrationId) });

export const cancelBackfillResolver = defineResolver({ key: 'backfill/cancel', payload, access: edit, handle: ({ integrationId }): Promise<BackfillView> => cancelBackfill(integrationId) });

export const retryBackfillFailuresResolver = defineResolver({
  key: 'backfill/retry-failures',
  payload,
  access: edit,
  handle: ({ integrationId }): Promise<BackfillView> => retryBackfillFailures(integrationId),
});
