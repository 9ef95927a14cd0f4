import { createHash } from 'node:crypto';
import { kvs } from '@forge/kvs';
import { KEY } from '../../storage/keys';

/**
 * What both sides of a link agreed on after the last sync: the base of a three-way merge. A
 * side whose current value differs from the base changed since; a value equal to the base did
 * not (which is how Deskbridge's own writes, read back, are never mistaken for new changes).
 * Field values are kept as digests of their common form (src/sync/mapping/common-fields.ts):
 * equality is all the merge needs, and no ticket content is stored.
 */
export interface SyncBase {
  fields: Record<string, string | undefined>;
  /** Raw status ids of each side at the last sync (statuses map many-to-one, so each side keeps its own). */
  status: { ticketStatusId?: string; jiraStatusId?: string };
  /**
   * Comment pairs: help-desk comment id → Jira comment id, and back. A comment present on either
   * side of a pair is never copied again, in either direction.
   */
  comments: { fromTicket: Record<string, string>; fromJira: Record<string, string> };
  /** Comment copies started but not confirmed (crash between the write and this record): source id → epoch ms. */
  pendingComments?: Record<string, number>;
}

/** The digest a field value is kept as in the base; "no value" has its own (`-`), unlike "never synced" (no entry). */
export const fieldDigest = (value: string | undefined): string =>
  value === undefined ? '-' : createHash('sha256').update(value).digest('base64url').slice(0, 24);

/** Digests of every value of a common-form record. */
export const fieldDigests = (values: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(values).map(([key, value]) => [key, fieldDigest(value)]));

/**
 * Whether a side's value is the one the base holds. A base entry may hold two digests, `a|b`,
 * when a manual link joined sides that disagreed: then each side's value counts as unchanged
 * until that side changes it.
 */
export const sameAsBase = (value: string | undefined, entry: string | undefined): boolean => {
  return entry !== undefined && entry.split('|').includes(fieldDigest(value));
};

export const emptyBase = (): SyncBase => ({ fields: {}, status: {}, comments: { fromTicket: {}, fromJira: {} } });

export async function getBase(linkId: string): Promise<SyncBase> {
  return (await kvs.get<SyncBase>(KEY.syncBase(linkId))) ?? emptyBase();
}

export async function saveBase(linkId: string, base: SyncBase): Promise<void> {
  await kvs.set(KEY.syncBase(linkId), base);
}

export async function deleteBase(linkId: string): Promise<void> {
  await kvs.delete(KEY.syncBase(linkId));
}
