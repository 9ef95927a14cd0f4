import { compare, matches, matchesFilters, type Clause } from './kvs-conditions';
import { entityNamespace, type KvsStore, type Namespace, type StoredItem } from './kvs-store';

/** Custom entity indexes as declared in manifest.yml (`app.storage.entities`). */
export interface EntityIndex {
  name: string;
  range: string;
  partition: string[];
}

export interface KvsAnswer {
  status: number;
  body?: unknown;
}

// Forge's documented limits, enforced so local runs fail where Forge would.
const MAX_KEY_LENGTH = 500;
const MAX_VALUE_BYTES = 240 * 1024;
const MAX_TRANSACTION_OPERATIONS = 25;
const DEFAULT_PAGE = 10;
const MAX_PAGE = 100;

class KvsFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Serves the Forge KVS HTTP API (`/api/v1/...`, as called by @forge/kvs) from a local store.
 * Answers use the shapes and error codes @forge/kvs parses, so the library runs unchanged.
 */
export function answerKvsRequest(store: KvsStore, indexes: Map<string, EntityIndex[]>, path: string, body: any): KvsAnswer {
  try {
    return { status: 200, body: dispatch(store, indexes, path, body) };
  } catch (error) {
    if (error instanceof KvsFailure) return { status: error.status, body: { code: error.code, message: error.message } };
    throw error;
  }
}

function dispatch(store: KvsStore, indexes: Map<string, EntityIndex[]>, path: string, body: any): unknown {
  switch (path) {
    case '/api/v1/get':
      return read(store, 'kv', body.key);
    case '/api/v1/secret/get':
      return read(store, 'secret', body.key);
    case '/api/v1/entity/get':
      return read(store, entityNamespace(body.entityName), body.key);
    case '/api/v1/set':
      return write(store, 'kv', body);
    case '/api/v1/secret/set':
      return write(store, 'secret', body);
    case '/api/v1/entity/set':
      return write(store, entityNamespace(body.entityName), body);
    case '/api/v1/delete':
      return erase(store, 'kv', body.key);
    case '/api/v1/secret/delete':
      return erase(store, 'secret', body.key);
    case '/api/v1/entity/delete':
      return erase(store, entityNamespace(body.entityName), body.key);
    case '/api/v1/query':
      return page(store.entries('kv', (key) => (body.where ?? []).every((c: Clause) => matches(key, c))), body);
    case '/api/v1/entity/query':
      return queryEntity(store, indexes, body);
    case '/api/v1/batch/set':
      return batch(body, (item) => write(store, namespaceOf(item), item));
    case '/api/v1/batch/delete':
      return batch(body, (item) => erase(store, namespaceOf(item), item.key));
    case '/api/v1/batch/get':
      return batch(body, (item) => ({ ...(read(store, namespaceOf(item), item.key) as object), entityName: item.entityName }));
    case '/api/v1/transaction':
      return transact(store, body);
    default:
      throw new KvsFailure(404, 'NOT_FOUND', `Unknown KVS operation ${path}`);
  }
}

const namespaceOf = (item: { entityName?: string }): Namespace => (item.entityName ? entityNamespace(item.entityName) : 'kv');

function checkKey(key: unknown): string {
  if (typeof key !== 'string' || key.length === 0 || key.length > MAX_KEY_LENGTH) {
    throw new KvsFailure(400, 'BAD_REQUEST', `A KVS key must be a string of 1 to ${MAX_KEY_LENGTH} characters.`);
  }
  return key;
}

function read(store: KvsStore, namespace: Namespace, key: unknown): unknown {
  const item = store.get(namespace, checkKey(key));
  if (!item) throw new KvsFailure(404, 'KEY_NOT_FOUND', 'The key was not found.');
  return view(String(key), item);
}

const view = (key: string, item: StoredItem) => ({
  key,
  value: item.value,
  createdAt: item.createdAt,
  updatedAt: item.updatedAt,
  ...(item.expiresAt !== undefined ? { expireTime: new Date(item.expiresAt).toISOString() } : {}),
});

const TTL_UNIT_MS: Record<string, number> = { SECONDS: 1e3, MINUTES: 6e4, HOURS: 36e5, DAYS: 864e5 };

function write(store: KvsStore, namespace: Namespace, body: any): unknown {
  const key = checkKey(body.key);
  if (body.value === undefined) throw new KvsFailure(400, 'BAD_REQUEST', 'A KVS value must not be undefined.');
  if (Buffer.byteLength(JSON.stringify(body.value)) > MAX_VALUE_BYTES) {
    throw new KvsFailure(400, 'STORAGE_LIMIT_EXCEEDED', `A KVS value must not exceed ${MAX_VALUE_BYTES} bytes.`);
  }
  const options = body.options ?? {};
  if (options.keyPolicy === 'FAIL_IF_EXISTS' && store.get(namespace, key)) {
    throw new KvsFailure(409, 'KEY_ALREADY_EXISTS', 'The key already exists.');
  }
  const ttlMs = options.ttl ? options.ttl.value * (TTL_UNIT_MS[options.ttl.unit] ?? 1e3) : undefined;
  const previous = store.put(namespace, key, body.value, ttlMs);
  if (options.returnValue === 'PREVIOUS') return previous ? view(key, previous) : undefined;
  if (options.returnValue === 'LATEST') return view(key, store.get(namespace, key)!);
  return undefined;
}

function erase(store: KvsStore, namespace: Namespace, key: unknown): undefined {
  store.remove(namespace, checkKey(key));
  return undefined;
}

function page(entries: [string, StoredItem][], body: { limit?: number; after?: string; cursor?: string }) {
  const limit = Math.min(body.limit ?? DEFAULT_PAGE, MAX_PAGE);
  const cursor = body.after ?? body.cursor;
  const start = cursor ? Number(Buffer.from(cursor, 'base64url').toString()) : 0;
  const slice = entries.slice(start, start + limit);
  const next = start + limit < entries.length ? Buffer.from(String(start + limit)).toString('base64url') : undefined;
  return { data: slice.map(([key, item]) => ({ key, value: item.value })), cursor: next };
}

function queryEntity(store: KvsStore, indexes: Map<string, EntityIndex[]>, body: any) {
  const index = indexes.get(body.entityName)?.find((candidate) => candidate.name === body.indexName);
  if (!index) {
    throw new KvsFailure(400, 'BAD_REQUEST', `Entity ${body.entityName} has no index ${body.indexName} in manifest.yml.`);
  }
  const partition: unknown[] = body.partition ?? [];
  const selected = (item: StoredItem) =>
    index.partition.every((attribute, i) => (item.value as any)?.[attribute] === partition[i]) &&
    (!body.range || matches((item.value as any)?.[index.range], body.range)) &&
    matchesFilters(item.value as Record<string, unknown>, body.filters);
  const rows = store
    .entries(entityNamespace(body.entityName), (_key, item) => selected(item))
    .sort(([keyA, a], [keyB, b]) => compare((a.value as any)?.[index.range], (b.value as any)?.[index.range]) || compare(keyA, keyB));
  if (body.sort === 'DESC') rows.reverse();
  return page(rows, body);
}

function batch(items: any[], apply: (item: any) => unknown) {
  const successfulKeys: unknown[] = [];
  const failedKeys: unknown[] = [];
  for (const item of items) {
    try {
      const result = apply(item);
      successfulKeys.push(result ?? { key: item.key, entityName: item.entityName });
    } catch (error) {
      if (!(error instanceof KvsFailure)) throw error;
      failedKeys.push({ key: item.key, entityName: item.entityName, error: { code: error.code, message: error.message } });
    }
  }
  return { successfulKeys, failedKeys };
}

function transact(store: KvsStore, body: { set?: any[]; delete?: any[]; check?: any[] }): undefined {
  const operations = (body.set?.length ?? 0) + (body.delete?.length ?? 0) + (body.check?.length ?? 0);
  if (operations > MAX_TRANSACTION_OPERATIONS) {
    throw new KvsFailure(400, 'BAD_REQUEST', `A transaction may hold at most ${MAX_TRANSACTION_OPERATIONS} operations.`);
  }
  const conditionHolds = (item: { key: string; entityName?: string; conditions?: Record<string, Clause[]> }) =>
    !item.conditions || matchesFilters((store.get(namespaceOf(item), item.key)?.value ?? {}) as Record<string, unknown>, item.conditions);
  return store.atomically(() => {
    for (const item of [...(body.check ?? []), ...(body.set ?? []), ...(body.delete ?? [])]) {
      if (!conditionHolds(item)) throw new KvsFailure(409, 'CONDITION_FAILED', `The condition on ${item.key} does not hold.`);
    }
    for (const item of body.set ?? []) write(store, namespaceOf(item), item);
    for (const item of body.delete ?? []) erase(store, namespaceOf(item), item.key);
    return undefined;
  });
}
