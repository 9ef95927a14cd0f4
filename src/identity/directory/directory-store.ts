import { kvs, WhereConditions } from '@forge/kvs';
import { ENTITY, INDEX } from '../../storage/keys';
import type { DirectoryUser } from './directory-user';

/** Forge KVS batch operations take at most 25 keys. */
export const KVS_BATCH = 25;

const users = () => kvs.entity<DirectoryUser>(ENTITY.directoryUser);

export interface DirectoryEntry {
  accountId: string;
  user: DirectoryUser;
}

/** Writes up to 25 accounts in one KVS call; throws if any failed, so the chunk is retried whole. */
export async function saveDirectoryBatch(entries: DirectoryEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const result = await kvs.batchSet(entries.map(({ accountId, user }) => ({ entityName: ENTITY.directoryUser, key: accountId, value: user })));
  if (result.failedKeys.length > 0) throw new Error(`The directory could not save ${result.failedKeys.length} accounts (${result.failedKeys[0].error.code})`);
}

/** Reads up to 25 accounts in one KVS call; absent ones are missing from the map. */
export async function getDirectoryBatch(accountIds: string[]): Promise<Map<string, DirectoryUser>> {
  if (accountIds.length === 0) return new Map();
  const result = await kvs.batchGet<DirectoryUser>(accountIds.map((key) => ({ entityName: ENTITY.directoryUser, key })));
  return new Map(result.successfulKeys.map((item) => [item.key, item.value]));
}

export function getDirectoryUser(accountId: string): Promise<DirectoryUser | undefined> {
  return users().get(accountId);
}

export async function saveDirectoryUser(accountId: string, user: DirectoryUser): Promise<void> {
  await users().set(accountId, user);
}

export async function deleteDirectoryUsers(accountIds: string[]): Promise<void> {
  for (let i = 0; i < accountIds.length; i += KVS_BATCH) {
    const keys = accountIds.slice(i, i + KVS_BATCH);
    const result = await kvs.batchDelete(keys.map((key) => ({ entityName: ENTITY.directoryUser, key })));
    if (result.failedKeys.length > 0) throw new Error(`The directory could not remove ${result.failedKeys.length} accounts`);
  }
}

/** The accounts whose email has this keyed hash (normally one; several means the match is ambiguous). */
export async function findByEmailKey(emailKey: string): Promise<DirectoryEntry[]> {
  const page = await users().query().index(INDEX.directoryByEmail, { partition: [emailKey] }).limit(5).getMany();
  return page.results.map(({ key, value }) => ({ accountId: key, user: value }));
}

/** Up to `limit` accounts last seen by a run older than `runId` (run ids sort by start time). */
export async function staleAccountIds(runId: string, limit = 100): Promise<string[]> {
  const page = await users().query().index(INDEX.directoryByRun).where(WhereConditions.lessThan(runId)).limit(limit).getMany();
  return page.results.map(({ key }) => key);
}

/** One page of the whole directory, for the personal data reporting walk. */
export async function directoryPage(cursor: string | undefined, limit: number): Promise<{ entries: DirectoryEntry[]; nextCursor?: string }> {
  let query = users().query().index(INDEX.directoryByRun).limit(limit);
  if (cursor) query = query.cursor(cursor);
  const page = await query.getMany();
  return { entries: page.results.map(({ key, value }) => ({ accountId: key, user: value })), nextCursor: page.nextCursor };
}
