import { pruneSyncLogs } from './prune-sync-logs';

/** Scheduled daily: removes sync log entries past each integration's retention (manifest function `sync-logs-prune`). */
export const syncLogsPrune = async (_request?: unknown): Promise<void> => {
  const removed = await pruneSyncLogs();
  console.log(`Sync log prune removed ${removed} entries`);
};
