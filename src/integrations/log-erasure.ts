import { accountKeyOf } from '../identity/identity-keys';
import { definedAttributes } from '../storage/entity-pages';
import { INDEX } from '../storage/keys';
import { seal, unseal } from '../storage/sealed-box';
import { logEntries, type LogEntry, type StoredLogEntry } from './integration-log';
import { deleteLogAccount } from './log-accounts';

/** What a closed account becomes in a log: the entry stays (the audit trail), the person goes. */
export const FORMER_USER = '(former user)';

const INDEXES: { index: string; attribute: 'actorKey' | 'fromKey' | 'toKey' }[] = [
  { index: INDEX.logByActor, attribute: 'actorKey' },
  { index: INDEX.logByFrom, attribute: 'fromKey' },
  { index: INDEX.logByTo, attribute: 'toKey' },
];

/**
 * Replaces a closed account by the placeholder in every log entry that names it, found through
 * the keyed-hash indexes (no full decryption), re-sealed, and with the hash that pointed at the
 * account dropped, so the entry leaves the index and a second erasure finds nothing. Returns how
 * many entries changed.
 */
export async function eraseFromLogs(accountId: string): Promise<number> {
  const accountKey = await accountKeyOf(accountId);
  let changed = 0;
  for (const { index } of INDEXES) {
    for (;;) {
      const page = await logEntries().query().index(index, { partition: [accountKey] }).limit(50).getMany();
      if (page.results.length === 0) break;
      await Promise.all(page.results.map(({ key, value }) => rewrite(key, value, accountId, accountKey)));
      changed += page.results.length;
    }
  }
  await deleteLogAccount(accountKey);
  return changed;
}

async function rewrite(key: string, stored: StoredLogEntry, accountId: string, accountKey: string): Promise<void> {
  const entry = await unseal<LogEntry>(stored.sealed);
  const replace = (value?: string) => (value === accountId ? FORMER_USER : value);
  const erased: LogEntry = {
    ...entry,
    actorAccountId: replace(entry.actorAccountId)!,
    detail: entry.detail.split(accountId).join(FORMER_USER),
    ...(entry.about ? { about: definedAttributes({ from: replace(entry.about.from), to: replace(entry.about.to) }) } : {}),
  };
  const keep = (value?: string) => (value === accountKey ? undefined : value);
  await logEntries().set(
    key,
    definedAttributes({ ...stored, sealed: await seal(erased), actorKey: keep(stored.actorKey), fromKey: keep(stored.fromKey), toKey: keep(stored.toKey) }),
  );
}
