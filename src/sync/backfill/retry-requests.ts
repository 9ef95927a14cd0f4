import { Filter, FilterConditions, kvs } from '@forge/kvs';
import { definedAttributes } from '../../storage/entity-pages';
import { ENTITY, INDEX } from '../../storage/keys';
import { deleteFailures, type BackfillFailure } from './backfill-failures';
import type { BackfillRun } from './backfill-run';

const PAGE = 50;

/**
 * "Retry" on failures that never got an issue is a mark on the failure itself, not an edit of
 * the run record: a chunk may be writing the run at that moment and would overwrite the edit.
 * The run picks marked failures up when it has nothing else left (pullRetryRequests).
 */
export async function markRetryRequested(failures: BackfillFailure[]): Promise<void> {
  for (let start = 0; start < failures.length; start += 25) {
    const items = failures.slice(start, start + 25).map((failure) => ({
      entityName: ENTITY.backfillFailure,
      key: `${failure.integrationId}:${failure.ticketId}`,
      value: definedAttributes({ ...failure, retryRequested: true }),
    }));
    await kvs.batchSet(items);
  }
}

/** Moves up to a batch of marked failures into the run's retry list; true when it found any. */
export async function pullRetryRequests(run: BackfillRun): Promise<boolean> {
  const ids: string[] = [];
  let cursor: string | undefined;
  // KVS filters after it reads a page: a page can come back short, or empty, with more behind it.
  do {
    let query = kvs
      .entity<BackfillFailure>(ENTITY.backfillFailure)
      .query()
      .index(INDEX.backfillFailureByIntegration, { partition: [run.integrationId] })
      .filters(new Filter<BackfillFailure>().and('retryRequested', FilterConditions.equalTo(true)))
      .limit(PAGE);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany();
    ids.push(...page.results.map(({ value }) => value.ticketId));
    cursor = page.nextCursor;
  } while (cursor && ids.length < PAGE);
  if (ids.length === 0) return false;
  run.checkpoint.retry.push(...ids.filter((id) => !run.checkpoint.retry.includes(id)));
  run.counts.failed = Math.max(0, run.counts.failed - ids.length);
  await deleteFailures(run.integrationId, ids);
  return true;
}
