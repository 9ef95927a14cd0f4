import { kvs, WhereConditions } from '@forge/kvs';
import { InvocationBudget } from '../../identity/invocation-budget';
import { listAllIntegrations } from '../../integrations/integration-store';
import { ENTITY, INDEX, KEY } from '../../storage/keys';
import { getSyncLogSettings, MAX_RETENTION_DAYS } from './log-retention';
import { syncLogEntries } from './sync-log-store';

const DAY_MS = 86_400_000;
const PAGE = 100;
const BATCH = 25;

/** `timeoutSeconds` of the prune function in manifest.yml; the budget is half of it. */
export const PRUNE_TIMEOUT_SECONDS = 300;

/**
 * The daily prune: every integration's entries older than its retention, then anything older
 * than the longest retention (entries of deleted integrations, which no setting covers). It
 * works within half its time limit; when it must stop early, the next day starts with the
 * integration it did not reach, so a large log never starves the others. Returns how many
 * entries it removed.
 */
export async function pruneSyncLogs(now = Date.now()): Promise<number> {
  const budget = new InvocationBudget(PRUNE_TIMEOUT_SECONDS);
  const integrations = await listAllIntegrations();
  const start = ((await kvs.get<{ next: number }>(KEY.syncLogPrune))?.next ?? 0) % Math.max(integrations.length, 1);
  let removed = 0;
  for (let step = 0; step < integrations.length; step++) {
    const index = (start + step) % integrations.length;
    if (!budget.hasTime()) {
      await kvs.set(KEY.syncLogPrune, { next: index });
      return removed;
    }
    const { retentionDays } = await getSyncLogSettings(integrations[index].id);
    removed += await removeOlderThan(now - retentionDays * DAY_MS, budget, integrations[index].id);
  }
  removed += await removeOlderThan(now - MAX_RETENTION_DAYS * DAY_MS, budget);
  await kvs.set(KEY.syncLogPrune, { next: 0 });
  return removed;
}

/** Deletes entries older than `cutoff`: of one integration, or of all (by time alone). */
async function removeOlderThan(cutoff: number, budget: InvocationBudget, integrationId?: string): Promise<number> {
  let removed = 0;
  while (budget.hasTime()) {
    const base = integrationId
      ? syncLogEntries().query().index(INDEX.syncLogByIntegration, { partition: [integrationId] })
      : syncLogEntries().query().index(INDEX.syncLogByAt);
    const page = await base.where(WhereConditions.lessThan(cutoff)).limit(PAGE).getMany();
    if (page.results.length === 0) break;
    const keys = page.results.map(({ key }) => key);
    for (let i = 0; i < keys.length; i += BATCH) {
      await kvs.batchDelete(keys.slice(i, i + BATCH).map((key) => ({ entityName: ENTITY.syncLog, key })));
    }
    removed += keys.length;
  }
  return removed;
}
