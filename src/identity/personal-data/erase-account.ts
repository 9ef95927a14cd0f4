import { appAccountId } from '../app-account';
import { PERSONAL_DATA_STORES } from '../personal-data-stores';
import { addCounts, NO_ERASURES, recordErasure, type ErasedCounts } from './personal-data-record';

/**
 * A `closed` account, erased everywhere Deskbridge keeps it, store by store (the registry is the
 * list): identity links and its directory entry deleted, integrations and connections handed to
 * the app's own account, log entries rewritten with a placeholder. Idempotent: a repeat finds
 * nothing. Only the counts are recorded, never whose account it was; nothing is logged but counts.
 */
export async function eraseAccount(accountId: string): Promise<ErasedCounts> {
  const app = await appAccountId();
  if (accountId === app) return { ...NO_ERASURES }; // the app's own account is not a person and never closes
  let counts: ErasedCounts = { ...NO_ERASURES, closedAccounts: 1 };
  for (const store of PERSONAL_DATA_STORES) counts = addCounts(counts, await store.erase(accountId, app));
  await recordErasure(counts);
  console.log('Erased a closed account', JSON.stringify(counts));
  return counts;
}

/** An `updated` account: every store that caches something about it reads it again. */
export async function refreshAccount(accountId: string): Promise<void> {
  for (const store of PERSONAL_DATA_STORES) await store.refresh?.(accountId);
}
