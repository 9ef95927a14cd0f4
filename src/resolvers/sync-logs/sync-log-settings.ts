import { z } from 'zod';
import { getSyncLogSettings, MAX_RETENTION_DAYS, MIN_RETENTION_DAYS, retentionDaysField, saveSyncLogSettings } from '../../sync/logs/log-retention';
import type { SyncLogSettingsView } from '../../sync/logs/sync-log-types';
import { defineResolver } from '../define-resolver';
import { integrationIdField } from '../integration-payloads';

const view = (retentionDays: number): SyncLogSettingsView => ({ retentionDays, minDays: MIN_RETENTION_DAYS, maxDays: MAX_RETENTION_DAYS });

/** How long the sync log is kept: readable by whoever may read the log. */
export const getSyncLogSettingsResolver = defineResolver({
  key: 'sync-logs/settings/get',
  payload: z.object({ integrationId: integrationIdField }).strict(),
  access: { action: 'logs.read', integrationId: ({ integrationId }) => integrationId },
  handle: async ({ integrationId }): Promise<SyncLogSettingsView> => view((await getSyncLogSettings(integrationId)).retentionDays),
});

/** Changes the retention; only editors of the integration (the daily prune applies it). */
export const saveSyncLogSettingsResolver = defineResolver({
  key: 'sync-logs/settings/save',
  payload: z.object({ integrationId: integrationIdField, retentionDays: retentionDaysField }).strict(),
  access: { action: 'integrations.edit', integrationId: ({ integrationId }) => integrationId },
  handle: async ({ integrationId, retentionDays }): Promise<SyncLogSettingsView> => view((await saveSyncLogSettings(integrationId, { retentionDays })).retentionDays),
});
