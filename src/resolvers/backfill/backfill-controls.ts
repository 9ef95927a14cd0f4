import { z } from 'zod';
import { editIntegration, integrationIdField } from '../integration-payloads';
import { backfillFilterSchema } from '../../sync/backfill/backfill-run';
import { cancelBackfill, estimateBackfill, pauseBackfill, resumeBackfill, retryBackfillFailures, startBackfill } from '../../sync/backfill/backfill-service';
import type { BackfillView } from '../../sync/backfill/backfill-view';
import { defineResolver } from '../define-resolver';
import { syncContextOf } from '../sync-links/sync-context-of';

const payload = z.object({ integrationId: integrationIdField }).strict();

/**
 * Starting a backfill (an estimate first) needs a syncing integration: backfilled links are
 * two-way synced from the moment they exist. Pausing, cancelling and retrying work whatever the
 * sync does meanwhile.
 */
export const estimateBackfillResolver = defineResolver({
  key: 'backfill/estimate',
  payload: payload.extend({ filter: backfillFilterSchema }).strict(),
  access: editIntegration,
  handle: async ({ integrationId, filter }): Promise<BackfillView> => {
    await syncContextOf(integrationId);
    return estimateBackfill(integrationId, filter);
  },
});

export const startBackfillResolver = defineResolver({
  key: 'backfill/start',
  payload,
  access: editIntegration,
  handle: async ({ integrationId }): Promise<BackfillView> => {
    await syncContextOf(integrationId);
    return startBackfill(integrationId);
  },
});

export const pauseBackfillResolver = defineResolver({ key: 'backfill/pause', payload, access: editIntegration, handle: ({ integrationId }): Promise<BackfillView> => pauseBackfill(integrationId) });

export const resumeBackfillResolver = defineResolver({ key: 'backfill/resume', payload, access: editIntegration, handle: ({ integrationId }): Promise<BackfillView> => resumeBackfill(integrationId) });

export const cancelBackfillResolver = defineResolver({ key: 'backfill/cancel', payload, access: editIntegration, handle: ({ integrationId }): Promise<BackfillView> => cancelBackfill(integrationId) });

export const retryBackfillFailuresResolver = defineResolver({
  key: 'backfill/retry-failures',
  payload,
  access: editIntegration,
  handle: ({ integrationId }): Promise<BackfillView> => retryBackfillFailures(integrationId),
});
