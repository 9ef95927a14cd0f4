import { z } from 'zod';
import { integrationIdField } from '../integration-payloads';
import { backfillStatus } from '../../sync/backfill/backfill-service';
import type { BackfillView } from '../../sync/backfill/backfill-view';
import { defineResolver } from '../define-resolver';


/**
 * The integration's backfill as the page shows it (null when it never had one): progress,
 * items per minute, time left, and a page of failures with their reasons. Whoever may see the
 * integration may watch its backfill; changing it is for editors (backfill-controls.ts).
 */
export const getBackfillStatus = defineResolver({
  key: 'backfill/status',
  payload: z.object({ integrationId: integrationIdField, failuresCursor: z.string().max(2000).optional() }).strict(),
  access: { action: 'integrations.view', integrationId: ({ integrationId }) => integrationId },
  handle: ({ integrationId, failuresCursor }): Promise<BackfillView | null> => backfillStatus(integrationId, failuresCursor),
});
