import { randomUUID } from 'node:crypto';
import { kvs, Sort } from '@forge/kvs';
import { accountKeyOf } from '../identity/identity-keys';
import { definedAttributes } from '../storage/entity-pages';
import { ENTITY, INDEX } from '../storage/keys';
import { seal, unseal } from '../storage/sealed-box';
import type { LogEntryView, LogPage } from '../shared/integrations';
import { recordLogAccounts } from './log-accounts';

/**
 * How a log entry is stored: the integration and time in the clear (for the index), the entry
 * sealed, and the keyed hashes of the accounts it names (actor, and the `from`/`to` of an
 * ownership transfer) in the clear with an index each, so the erasure of a closed account finds
 * its entries without decrypting the whole log. A hash, not the accountId: nothing readable.
 */
export interface StoredLogEntry {
  integrationId: string;
  at: number;
  sealed: string;
  actorKey?: string;
  fromKey?: string;
  toKey?: string;
}

export interface LogEntry {
  action: string;
  result: 'ok' | 'error';
  actorAccountId: string;
  /** Ids and titles only: never ticket content beyond that, never a secret, never an accountId (use `about`). */
  detail: string;
  /** Accounts the entry is about besides its actor (e.g. the previous and new owner of a transfer). */
  about?: { from?: string; to?: string };
}

export const logEntries = () => kvs.entity<StoredLogEntry>(ENTITY.integrationLog);
const PAGE_SIZE = 50;

export async function appendLog(integrationId: string, entry: LogEntry, at = Date.now()): Promise<void> {
  const named = { actor: entry.actorAccountId, from: entry.about?.from, to: entry.about?.to };
  const keys = Object.fromEntries(
    await Promise.all(Object.entries(named).map(async ([role, accountId]) => [role, accountId ? await accountKeyOf(accountId) : undefined] as const)),
  );
  await recordLogAccounts(
    Object.entries(named).flatMap(([role, accountId]) => (accountId ? [{ accountId, accountKey: keys[role]! }] : [])),
    at,
  );
  const stored: StoredLogEntry = { integrationId, at, sealed: await seal(entry), actorKey: keys.actor, fromKey: keys.from, toKey: keys.to };
  await logEntries().set(`${integrationId}:${at}:${randomUUID()}`, definedAttributes(stored));
}

/** Newest first, a page at a time. Only resolvers that checked `logs.read` may call this. */
export async function readLog(integrationId: string, cursor?: string): Promise<LogPage> {
  let query = logEntries()
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
    const page = await logEntries().query().index(INDEX.logByIntegration, { partition: [integrationId] }).limit(PAGE_SIZE).getMany();
    if (page.results.length === 0) return;
    await Promise.all(page.results.map(({ key }) => logEntries().delete(key)));
  }
}
