import { kvs } from '@forge/kvs';
import { definedAttributes } from '../../storage/entity-pages';
import { ENTITY, KEY } from '../../storage/keys';
import type { SyncBase } from '../links/link-base';
import { linkIdOf, type SyncLink } from '../links/link';

/**
 * Links and bases a batch at a time: the same records link-store.ts and link-base.ts write one
 * by one, in KVS batch calls of 25 (a batch of 50 tickets is four calls, not a hundred).
 */
const BATCH = 25;

/** The tickets of `ticketIds` that are linked in the integration, with when they were linked. */
export async function linkedAt(integrationId: string, ticketIds: string[]): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  for (let start = 0; start < ticketIds.length; start += BATCH) {
    const keys = ticketIds.slice(start, start + BATCH).map((ticketId) => ({ entityName: ENTITY.syncLink, key: linkIdOf(integrationId, ticketId) }));
    const result = await kvs.batchGet<Omit<SyncLink, 'id'>>(keys);
    for (const { value } of result.successfulKeys) found.set(value.ticketId, value.linkedAt);
  }
  return found;
}

/** Writes links (entity `sync-link`) and their bases; throws when any failed, so the unit is retried whole. */
export async function saveLinkBatch(entries: { link: SyncLink; base: SyncBase }[]): Promise<void> {
  const items = entries.flatMap(({ link: { id, ...stored }, base }) => [
    { entityName: ENTITY.syncLink, key: id, value: definedAttributes(stored) as unknown },
    { key: KEY.syncBase(id), value: base as unknown },
  ]);
  for (let start = 0; start < items.length; start += BATCH) {
    const result = await kvs.batchSet(items.slice(start, start + BATCH));
    if (result.failedKeys.length > 0) throw new Error(`${result.failedKeys.length} links could not be saved (${result.failedKeys[0].error.code})`);
  }
}
