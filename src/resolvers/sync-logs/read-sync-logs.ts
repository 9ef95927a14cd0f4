import { z } from 'zod';
import { integrationIdField } from '../integration-payloads';
import { querySyncLog } from '../../sync/logs/sync-log';
import type { SyncLogPage } from '../../sync/logs/sync-log-types';
import { defineResolver } from '../define-resolver';

const epochMs = z.number().int().min(0, 'Times are epoch milliseconds.');

/**
 * An integration's sync log, newest first, a page at a time, filtered by result, direction and
 * time. The same rule as the integration log (`logs.read`): owners, project admins, Jira admins.
 * The browser builds CSV exports from these pages, so there is no separate export resolver.
 */
export const readSyncLogs = defineResolver({
  key: 'sync-logs/read',
  payload: z
    .object({
      integrationId: integrationIdField,
      result: z.enum(['ok', 'error', 'retry']).optional(),
      direction: z.enum(['to-jira', 'to-helpdesk', 'both']).optional(),
      since: epochMs.optional(),
      until: epochMs.optional(),
      cursor: z.string().max(2000).optional(),
      limit: z.number().int().min(1).max(100).optional(),
    })
    .strict()
    .refine((payload) => payload.since === undefined || payload.until === undefined || payload.since <= payload.until, 'The start of the time window must come before its end.'),
  access: { action: 'logs.read', integrationId: ({ integrationId }) => integrationId },
  handle: ({ integrationId, ...filter }): Promise<SyncLogPage> => querySyncLog(integrationId, filter),
});
