import { randomUUID } from 'node:crypto';
import { kvs, WhereConditions } from '@forge/kvs';
import type { IdentityStatus } from '../../shared/identity';
import { KEY } from '../../storage/keys';

export type ErasedCounts = IdentityStatus['personalData']['erased'];

export const NO_ERASURES: ErasedCounts = {
  closedAccounts: 0,
  identityLinks: 0,
  integrationsReassigned: 0,
  connectionsReassigned: 0,
  logActorsReplaced: 0,
  directoryUsers: 0,
};

/**
 * Atlassian's default reporting cycle. The API announces its own in a `Cycle-Period` header, but
 * `privacy.reportPersonalData()` (@forge/api) returns only the accounts array, so the header is
 * out of reach and the documented default is used.
 */
export const DEFAULT_CYCLE_DAYS = 7;

/** The reporting status, totals and the walker's checkpoint (one KVS record; counts only). */
export interface PersonalDataRecord {
  cycleDays: number;
  /** The cycle being walked, or the last one. */
  cycleId?: string;
  cycleStartedAt?: number;
  running: boolean;
  updatedAt: number;
  /** Accounts queued for reporting in the current cycle. */
  queued: number;
  /** When the last cycle had every stored account queued, and how many that was. */
  lastReportAt?: number;
  reported: number;
  /** Everything erased so far, in total (folded in from the per-erasure rows at each cycle start). */
  erased: ErasedCounts;
  checkpoint?: { seq: number; store: number; cursor?: string };
}

export async function readPersonalData(): Promise<PersonalDataRecord> {
  return (await kvs.get<PersonalDataRecord>(KEY.personalData)) ?? { cycleDays: DEFAULT_CYCLE_DAYS, running: false, updatedAt: 0, queued: 0, reported: 0, erased: { ...NO_ERASURES } };
}

export const writePersonalData = (record: PersonalDataRecord) => kvs.set(KEY.personalData, record);

export function addCounts(a: ErasedCounts, b: Partial<ErasedCounts>): ErasedCounts {
  const sum = { ...a };
  for (const key of Object.keys(sum) as (keyof ErasedCounts)[]) sum[key] += b[key] ?? 0;
  return sum;
}

/**
 * Records what one erasure removed, as its own row. Report consumers run in parallel, so a shared
 * counter would lose updates; rows never collide, and the cycle's walker (a single writer) folds
 * them into the totals.
 */
export async function recordErasure(counts: ErasedCounts, at = Date.now()): Promise<void> {
  await kvs.set(KEY.erasure(at, randomUUID()), counts);
}

/** Erasure rows not yet folded into the totals: `{ key, counts }[]`, a page at a time. */
export async function erasureRows(): Promise<{ key: string; counts: ErasedCounts }[]> {
  const rows: { key: string; counts: ErasedCounts }[] = [];
  let cursor: string | undefined;
  do {
    let query = kvs.query().where('key', WhereConditions.beginsWith(KEY.erasurePrefix)).limit(100);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany<ErasedCounts>();
    rows.push(...page.results.map(({ key, value }) => ({ key, counts: value })));
    cursor = page.nextCursor;
  } while (cursor);
  return rows;
}

/** Totals including the rows not folded yet: what the admin page shows. */
export async function erasedSoFar(record: PersonalDataRecord): Promise<ErasedCounts> {
  return (await erasureRows()).reduce((total, row) => addCounts(total, row.counts), record.erased);
}

/**
 * Moves the rows into the record's totals: the record is written first, then the rows deleted
 * (a crash in between can only count an erasure twice, never lose one).
 */
export async function foldErasures(record: PersonalDataRecord): Promise<void> {
  const rows = await erasureRows();
  record.erased = rows.reduce((total, row) => addCounts(total, row.counts), record.erased);
  await writePersonalData(record);
  await Promise.all(rows.map(({ key }) => kvs.delete(key)));
}
