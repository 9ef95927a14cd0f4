import { kvs, WhereConditions } from '@forge/kvs';
import { ENTITY, INDEX } from '../../storage/keys';
import type { SyncLogEntry } from './sync-log';

/**
 * Daily counts of what the sync did, per integration: what a summary or a chart needs, without
 * reading (and decrypting) every log entry of a month. One record per integration and UTC day.
 * Writers run in parallel (change consumers, backfill chunks), and counts only ever grow, so an
 * addition is a read and one atomic write that returns what it replaced: whatever it replaced
 * beyond what it read was another writer's addition, which it then adds back. Every addition
 * lands exactly once, at the cost of one read and one write (no transaction). A retry result
 * counts as neither: it ends as an ok or an error entry of its own.
 */
interface DayCount {
  integrationId: string;
  day: string;
  ok: number;
  error: number;
}

const TTL = { value: 32, unit: 'DAYS' } as const;
const ATTEMPTS = 10;
const DAY_MS = 86_400_000;

const counts = () => kvs.entity<DayCount>(ENTITY.syncActivity);
export const dayOf = (at: number) => new Date(at).toISOString().slice(0, 10);

export async function countActivity(entries: SyncLogEntry[]): Promise<void> {
  const groups = new Map<string, DayCount>();
  for (const entry of entries) {
    if (entry.result === 'retry') continue;
    const day = dayOf(entry.at);
    const key = `${entry.integrationId}:${day}`;
    const group = groups.get(key) ?? { integrationId: entry.integrationId, day, ok: 0, error: 0 };
    group[entry.result] += 1;
    groups.set(key, group);
  }
  for (const [key, delta] of groups) await add(key, delta);
}

async function add(key: string, delta: DayCount): Promise<void> {
  let pending = { ok: delta.ok, error: delta.error };
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const read = (await counts().get(key)) ?? { ...delta, ok: 0, error: 0 };
    const next: DayCount = { ...read, ok: read.ok + pending.ok, error: read.error + pending.error };
    const replaced = (await counts().set<DayCount>(key, next, { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS', ttl: TTL }))?.value ?? { ok: 0, error: 0 };
    pending = { ok: Math.max(0, replaced.ok - read.ok), error: Math.max(0, replaced.error - read.error) };
    if (pending.ok === 0 && pending.error === 0) return;
  }
  throw new Error('The sync activity count kept losing races');
}

export async function readActivity(integrationIds: string[], days: number): Promise<{ day: string; ok: number; error: number }[]> {
  const span = Math.min(Math.max(Math.floor(days), 1), 31);
  const today = Date.now();
  const window = Array.from({ length: span }, (_, index) => dayOf(today - (span - 1 - index) * DAY_MS));
  const totals = new Map(window.map((day) => [day, { day, ok: 0, error: 0 }]));
  for (const integrationId of new Set(integrationIds)) {
    const page = await counts()
      .query()
      .index(INDEX.syncActivityByIntegration, { partition: [integrationId] })
      .where(WhereConditions.between(window[0], window[window.length - 1]))
      .limit(100)
      .getMany();
    for (const { value } of page.results) {
      const total = totals.get(value.day);
      if (!total) continue;
      total.ok += value.ok;
      total.error += value.error;
    }
  }
  return window.map((day) => totals.get(day)!);
}
