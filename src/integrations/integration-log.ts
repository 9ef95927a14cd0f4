import { randomUUID } from 'node:crypto';
import { kvs, Sort } from '@forge/kvs';
import { ENTITY, INDEX } from '../storage/keys';
import { seal, unseal } from '../storage/sealed-box';
import type { LogEntryView, LogPage } from '../shared/integrations';

/** How a log entry is stored: who it belongs to and when in the clear (for the index), the rest sealed. */
interface StoredLogEntry {
  integrationId: string;
  at: number;
  sealed: string;
}

export interface LogEntry {
  action: string;
  result: 'ok' | 'error';
  actorAccountId: string;
  /** Ids and titles only: never ticket content beyond that, never a secret. */
  detail: string;
}

const entries = () => kvs.entity<StoredLogEntry>(ENTITY.integrationLog);
const PAGE_SIZE = 50;

export async function appendLog(integrationId: string, entry: LogEntry, at = Date.now()): Promise<void> {
  await entries().set(`${integrationId}:${at}:${randomUUID()}`, { integrationId, at, sealed: await seal(entry) });
}

/** Newest first, a page at a time. Only resolvers that checked `logs.read` may call this. */
export async function readLog(integrationId: string, cursor?: string): Promise<LogPage> {
  let query = entries()
    .query()
    .index(INDEX.logByIntegration, { partition: [integrationId] })
    .sort(Sort.DESC)
    .limit(PAGE_SIZE);
  if (cursor) query = query.cursor(cursor);
  const page = await query.getMany();
  const views = await Promise.all(
    page.results.map(async ({ value }): Promise<LogEntryView> => ({ at: new Date(value.at).toISOString(), ...(await unseal<LogEntry>(value.sealed)) })),
  );
  return { entries: views, nextCursor: page.nextCursor };
}

/** Removes an integration's whole log (when the integration is deleted: nothing orphaned). */
export async function deleteLog(integrationId: string): Promise<void> {
  for (;;) {
    const page = await entries().query().index(INDEX.logByIntegration, { partition: [integrationId] }).limit(PAGE_SIZE).getMany();
    if (page.results.length === 0) return;
    await Promise.all(page.results.map(({ key }) => entries().delete(key)));
  }
}
