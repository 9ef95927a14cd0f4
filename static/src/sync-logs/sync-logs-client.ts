import type { SyncLogPage, SyncLogSettingsView } from '../../../src/sync/logs/sync-log-types';
import { invokeResolver } from '../api/deskbridge-client';

/** The sync log resolvers (src/resolvers/sync-logs), like api/deskbridge-client.ts: one function a key. */
interface SyncLogAnswers {
  'sync-logs/read': SyncLogPage;
  'sync-logs/settings/get': SyncLogSettingsView;
  'sync-logs/settings/save': SyncLogSettingsView;
}

async function call<K extends keyof SyncLogAnswers>(key: K, payload: Record<string, unknown>): Promise<SyncLogAnswers[K]> {
  return invokeResolver<SyncLogAnswers[K]>(key, payload);
}

/** What the log view filters on; times are epoch ms. */
export interface SyncLogQuery {
  result?: 'ok' | 'error' | 'retry';
  direction?: 'to-jira' | 'to-helpdesk' | 'both';
  since?: number;
  until?: number;
}

/** `sync-logs/read`: one page, newest first. */
export const readSyncLog = (integrationId: string, query: SyncLogQuery, cursor?: string, limit = 50): Promise<SyncLogPage> =>
  call('sync-logs/read', { integrationId, ...query, limit, ...(cursor ? { cursor } : {}) });

export const getSyncLogSettings = (integrationId: string): Promise<SyncLogSettingsView> => call('sync-logs/settings/get', { integrationId });

/** `sync-logs/settings/save`: editors only; the daily prune applies the new retention. */
export const saveSyncLogSettings = (integrationId: string, retentionDays: number): Promise<SyncLogSettingsView> =>
  call('sync-logs/settings/save', { integrationId, retentionDays });
