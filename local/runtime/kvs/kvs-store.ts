import fs from 'node:fs';
import path from 'node:path';
import { registerSecret } from '../secret-registry';

/** One stored value, with the metadata Forge KVS returns. */
export interface StoredItem {
  value: unknown;
  createdAt: number;
  updatedAt: number;
  /** Epoch ms after which the item no longer exists (KVS `ttl`). */
  expiresAt?: number;
}

/** Plain keys, secrets and each custom entity live in separate namespaces, as in Forge KVS. */
export type Namespace = 'kv' | 'secret' | `entity:${string}`;

export const entityNamespace = (entityName: string): Namespace => `entity:${entityName}`;

/**
 * The data behind the local KVS: a map per namespace, persisted as one JSON file so a restart
 * of the local site keeps what was saved. Writes are flushed shortly after they happen (and on
 * close), so a burst of writes costs one file write.
 */
export class KvsStore {
  private readonly data = new Map<Namespace, Map<string, StoredItem>>();
  private flushTimer?: NodeJS.Timeout;

  constructor(private readonly filePath?: string) {
    if (filePath && fs.existsSync(filePath)) {
      const saved = JSON.parse(fs.readFileSync(filePath, 'utf8')) as Record<string, Record<string, StoredItem>>;
      for (const [namespace, items] of Object.entries(saved)) {
        this.data.set(namespace as Namespace, new Map(Object.entries(items)));
        if (namespace === 'secret') Object.values(items).forEach((item) => registerSecret(item.value));
      }
    }
  }

  get(namespace: Namespace, key: string, now = Date.now()): StoredItem | undefined {
    const item = this.data.get(namespace)?.get(key);
    if (item?.expiresAt !== undefined && item.expiresAt <= now) return undefined;
    return item;
  }

  /** Writes a value; returns the previous live item, if any. */
  put(namespace: Namespace, key: string, value: unknown, ttlMs?: number, now = Date.now()): StoredItem | undefined {
    const previous = this.get(namespace, key, now);
    if (namespace === 'secret') registerSecret(value);
    const items = this.data.get(namespace) ?? new Map<string, StoredItem>();
    this.data.set(namespace, items);
    items.set(key, {
      value: structuredClone(value),
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
      ...(ttlMs !== undefined ? { expiresAt: now + ttlMs } : {}),
    });
    this.scheduleFlush();
    return previous;
  }

  remove(namespace: Namespace, key: string): boolean {
    const removed = this.data.get(namespace)?.delete(key) ?? false;
    if (removed) this.scheduleFlush();
    return removed;
  }

  /**
   * Live entries of a namespace that `keep` selects, sorted by key (KVS pages in key order).
   * Selecting before sorting keeps a query over a large namespace from copying and sorting all of it.
   */
  entries(namespace: Namespace, keep: (key: string, item: StoredItem) => boolean = () => true, now = Date.now()): [string, StoredItem][] {
    const selected: [string, StoredItem][] = [];
    for (const [key, item] of this.data.get(namespace) ?? []) {
      if ((item.expiresAt === undefined || item.expiresAt > now) && keep(key, item)) selected.push([key, item]);
    }
    return selected.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /** Runs several writes as one: either all apply or, if `apply` throws, none do. */
  atomically<T>(apply: () => T): T {
    const snapshot = new Map([...this.data].map(([namespace, items]) => [namespace, new Map(items)]));
    try {
      return apply();
    } catch (error) {
      this.data.clear();
      for (const [namespace, items] of snapshot) this.data.set(namespace, items);
      throw error;
    }
  }

  /** Everything stored, as JSON: lets tests prove that a refused call changed nothing. */
  snapshot(): string {
    return JSON.stringify([...this.data].map(([namespace, items]) => [namespace, [...items]]));
  }

  clear(): void {
    this.data.clear();
    this.scheduleFlush();
  }

  flush(): void {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    if (!this.filePath) return;
    fs.mkdirSync(path.dirname(this.filePath), { recursive: true });
    const plain = Object.fromEntries([...this.data].map(([namespace, items]) => [namespace, Object.fromEntries(items)]));
    const temporary = `${this.filePath}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(plain));
    fs.renameSync(temporary, this.filePath); // a crash mid-write never leaves a half file
  }

  private scheduleFlush(): void {
    if (!this.filePath || this.flushTimer) return;
    this.flushTimer = setTimeout(() => this.flush(), 100);
    this.flushTimer.unref();
  }
}
