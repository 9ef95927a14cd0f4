import { kvs } from '@forge/kvs';
import { ENTITY, INDEX } from '../storage/keys';

/**
 * Every account that appears in some integration log (entity `log-account`, keyed by the
 * account's keyed hash). Log entries are sealed, so without this list the personal data
 * reporting would have to decrypt every entry every cycle to learn which accountIds they hold.
 */
export interface LogAccount {
  accountId: string;
  /** Epoch ms of the last entry that named it. */
  seenAt: number;
}

const accounts = () => kvs.entity<LogAccount>(ENTITY.logAccount);

/** Notes the accounts an entry names (one KVS call for all of them). */
export async function recordLogAccounts(named: { accountId: string; accountKey: string }[], at: number): Promise<void> {
  const unique = [...new Map(named.map((item) => [item.accountKey, item])).values()];
  if (unique.length === 0) return;
  const result = await kvs.batchSet(unique.map(({ accountId, accountKey }) => ({ entityName: ENTITY.logAccount, key: accountKey, value: { accountId, seenAt: at } })));
  if (result.failedKeys.length > 0) throw new Error('The log accounts could not be recorded');
}

export async function logAccountsPage(cursor: string | undefined, limit: number) {
  let query = accounts().query().index(INDEX.logAccountBySeen).limit(limit);
  if (cursor) query = query.cursor(cursor);
  return query.getMany();
}

export async function deleteLogAccount(accountKey: string): Promise<boolean> {
  if (!(await accounts().get(accountKey))) return false;
  await accounts().delete(accountKey);
  return true;
}
