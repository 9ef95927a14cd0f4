import { kvs } from '@forge/kvs';
import type { SyncConfig } from '../../shared/sync-config';
import { KEY } from '../../storage/keys';

/**
 * Each integration's SyncConfig, one plain KVS key per integration. Only configs that passed
 * validation on save are ever written (src/sync/config/sync-config-service.ts), so whatever the
 * sync engine reads here was valid against Jira and the help desk when it was saved.
 */

interface StoredSyncConfig {
  config: SyncConfig;
  /** Epoch ms of the last valid save. */
  savedAt: number;
}

/** The saved config, or undefined when the integration's editor never saved one. */
export async function getSyncConfig(integrationId: string): Promise<SyncConfig | undefined> {
  return (await readStoredSyncConfig(integrationId))?.config;
}

export async function readStoredSyncConfig(integrationId: string): Promise<StoredSyncConfig | undefined> {
  return (await kvs.get<StoredSyncConfig>(KEY.syncConfig(integrationId))) ?? undefined;
}

export async function writeSyncConfig(integrationId: string, config: SyncConfig, savedAt = Date.now()): Promise<StoredSyncConfig> {
  const stored: StoredSyncConfig = { config, savedAt };
  await kvs.set(KEY.syncConfig(integrationId), stored);
  return stored;
}

/** With the integration: nothing may sync for an integration that no longer exists. */
export async function deleteSyncConfig(integrationId: string): Promise<void> {
  await kvs.delete(KEY.syncConfig(integrationId));
}
