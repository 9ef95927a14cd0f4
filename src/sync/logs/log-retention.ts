import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { KEY } from '../../storage/keys';

/**
 * How long an integration's sync log is kept. Short by default (14 days): the log is for
 * finding out why something did not sync, and every day kept is more data about tickets at
 * rest. Editors may choose 1 to 30 days; the daily prune applies the setting (prune-sync-logs.ts).
 */
export const DEFAULT_RETENTION_DAYS = 14;
export const MIN_RETENTION_DAYS = 1;
export const MAX_RETENTION_DAYS = 30;

export const retentionDaysField = z
  .number()
  .int('Keep the log for a whole number of days.')
  .min(MIN_RETENTION_DAYS, `Keep the log for at least ${MIN_RETENTION_DAYS} day.`)
  .max(MAX_RETENTION_DAYS, `Deskbridge keeps sync logs for at most ${MAX_RETENTION_DAYS} days.`);

export interface SyncLogSettings {
  retentionDays: number;
}

export async function getSyncLogSettings(integrationId: string): Promise<SyncLogSettings> {
  const stored = await kvs.get<SyncLogSettings>(KEY.syncLogRetention(integrationId));
  const parsed = retentionDaysField.safeParse(stored?.retentionDays);
  return { retentionDays: parsed.success ? parsed.data : DEFAULT_RETENTION_DAYS };
}

export async function saveSyncLogSettings(integrationId: string, settings: SyncLogSettings): Promise<SyncLogSettings> {
  const retentionDays = retentionDaysField.parse(settings.retentionDays);
  await kvs.set(KEY.syncLogRetention(integrationId), { retentionDays });
  return { retentionDays };
}
