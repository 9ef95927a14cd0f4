import { kvs, Sort } from '@forge/kvs';
import { definedAttributes, PAGE_SIZE, readAllPages } from '../storage/entity-pages';
import { ENTITY, INDEX, KEY } from '../storage/keys';
import type { GatewayKey, StoredGatewayKey } from './gateway-key';

/**
 * Gateway keys in KVS. A site has a handful of keys (one per bot), so lists read them all.
 * When a key was last used is kept apart from its record: the gateway writes it on every call,
 * and a call must never write a record back over a revoke or rotate that happened meanwhile.
 */
const keys = () => kvs.entity<GatewayKey>(ENTITY.gatewayKey);

export async function getKey(id: string): Promise<GatewayKey | undefined> {
  return keys().get(id);
}

export async function saveKey(id: string, key: GatewayKey): Promise<void> {
  await keys().set(id, definedAttributes(key));
}

/** Oldest first, as issued. */
export async function listKeys(): Promise<StoredGatewayKey[]> {
  const rows = await readAllPages((cursor) => {
    let query = keys().query().index(INDEX.gatewayKeyByCreated).sort(Sort.ASC).limit(PAGE_SIZE);
    if (cursor) query = query.cursor(cursor);
    return query.getMany();
  });
  return rows.map(({ key, value }) => ({ id: key, key: value }));
}

export async function lastUsedAt(id: string): Promise<number | undefined> {
  return kvs.get<number>(KEY.gatewayLastUsed(id));
}

export async function markUsed(id: string, at = Date.now()): Promise<void> {
  await kvs.set(KEY.gatewayLastUsed(id), at);
}
