import { kvs, Sort } from '@forge/kvs';
import { UserFacingError } from '../../shared/errors';
import { definedAttributes } from '../../storage/entity-pages';
import { ENTITY, INDEX } from '../../storage/keys';

import type { BackfillFailure } from './backfill-shapes';

export type { BackfillFailure } from './backfill-shapes';

/**
 * Tickets a backfill could not bring over, one record per ticket (a later failure replaces the
 * earlier one), kept until retried or until the integration's next backfill starts: the list
 * the page shows and retries from.
 */
const failures = () => kvs.entity<BackfillFailure>(ENTITY.backfillFailure);
const keyOf = (integrationId: string, ticketId: string) => `${integrationId}:${ticketId}`;

/** Kinds a retry cannot fix without someone changing something first are still retryable: the person retries after the fix. */
export function failureOf(integrationId: string, ticketId: string, error: unknown, issueKey?: string): BackfillFailure {
  const known = error instanceof UserFacingError;
  return {
    integrationId,
    ticketId,
    at: Date.now(),
    errorKind: known ? error.kind : 'internal',
    reason: known ? error.message : 'Deskbridge hit an unexpected error bringing this ticket over; retry it, and contact support if it happens again.',
    ...(issueKey ? { issueKey } : {}),
    retryable: !(known && error.kind === 'not-found'),
  };
}

export async function recordFailures(list: BackfillFailure[]): Promise<void> {
  for (let start = 0; start < list.length; start += 25) {
    const items = list.slice(start, start + 25).map((failure) => ({ entityName: ENTITY.backfillFailure, key: keyOf(failure.integrationId, failure.ticketId), value: definedAttributes(failure) }));
    await kvs.batchSet(items);
  }
}

export async function failurePage(integrationId: string, cursor?: string, limit = 50): Promise<{ failures: BackfillFailure[]; nextCursor?: string }> {
  let query = failures().query().index(INDEX.backfillFailureByIntegration, { partition: [integrationId] }).sort(Sort.DESC).limit(limit);
  if (cursor) query = query.cursor(cursor);
  const page = await query.getMany();
  return { failures: page.results.map(({ value }) => value), nextCursor: page.nextCursor };
}

export async function deleteFailures(integrationId: string, ticketIds: string[]): Promise<void> {
  for (let start = 0; start < ticketIds.length; start += 25) {
    await kvs.batchDelete(ticketIds.slice(start, start + 25).map((ticketId) => ({ entityName: ENTITY.backfillFailure, key: keyOf(integrationId, ticketId) })));
  }
}

/** Removes every failure of an integration (a new backfill starts with a clean list). */
export async function clearFailures(integrationId: string): Promise<void> {
  for (;;) {
    const page = await failurePage(integrationId, undefined, 100);
    if (page.failures.length === 0) return;
    await deleteFailures(integrationId, page.failures.map((failure) => failure.ticketId));
  }
}
