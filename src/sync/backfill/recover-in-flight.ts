import { syncLink } from '../apply/apply-change';
import { classifyFailure, parkLink } from '../changes/sync-failures';
import { releaseLease, takeLease } from '../links/link-lease';
import { linkIdOf } from '../links/link';
import { getBase } from '../links/link-base';
import { getLink } from '../links/link-store';
import { linkEntry } from '../logs/engine-log';
import { recordSyncLog } from '../logs/sync-log';
import type { SyncContext } from '../sync-context';
import { failureOf, recordFailures } from './backfill-failures';
import type { UnitSpend } from './backfill-item';
import { writeRun, type BackfillRun } from './backfill-run';
import { leaseHolder } from './bring-over';
import { linkedAt } from './link-batch';

/** Errors that say "later", not "no": the work is tried again rather than the ticket given up. */
export const isTransient = (error: unknown) => classifyFailure(error).transient;

/**
 * Completes tickets a batch left in flight (a crash, an outage or a lost answer mid-batch). Each
 * is in one of two states. Linked: the link and base exist, so the two-way sync's own full sync
 * of the link finishes it; the base marks the comments whose copies may exist (found by their
 * origin property, never written twice) and a status not yet agreed. Not linked: its issue may
 * or may not exist, so it goes back to be brought over by id, looking for the issue by its
 * property before creating one. Progress is saved ticket by ticket, so a high failure rate
 * still moves forward; a ticket that fails for now stays in flight for the next unit.
 */
export async function recoverInFlight(context: SyncContext, run: BackfillRun, spend: UnitSpend): Promise<void> {
  const ids = [...(run.checkpoint.inFlight ?? [])];
  const linked = await linkedAt(run.integrationId, ids);
  run.checkpoint.retry.push(...ids.filter((id) => !linked.has(id) && !run.checkpoint.retry.includes(id)));
  run.checkpoint.inFlight = ids.filter((id) => linked.has(id));
  const holder = leaseHolder(run);
  for (const ticketId of [...run.checkpoint.inFlight]) {
    const linkId = linkIdOf(run.integrationId, ticketId);
    // The sync holds the lease: it is syncing the link right now, which finishes it as well.
    if (!(await takeLease(linkId, holder))) continue;
    try {
      const link = await getLink(linkId);
      if (link) await syncLink(context, link, 'helpdesk', 'all');
      // Its comments count now, with the ticket: every copy, including those made before the interruption.
      if (link) run.counts.comments += Object.keys((await getBase(linkId)).comments.fromTicket).length;
      await recordSyncLog(linkEntry(link ?? { integrationId: run.integrationId, ticketId, issueId: '', issueKey: '' }, 'to-jira', 'backfill.item', 'ok'));
    } catch (error) {
      if (isTransient(error)) {
        spend.deferred = error;
        continue;
      }
      const failure = failureOf(run.integrationId, ticketId, error);
      await parkLink(linkId, failure.reason);
      await recordFailures([failure]);
      await recordSyncLog({ integrationId: run.integrationId, direction: 'to-jira', action: 'backfill.item', result: 'error', ticketId, errorKind: failure.errorKind, reason: failure.reason });
    } finally {
      await releaseLease(linkId, holder).catch(() => undefined);
    }
    run.counts.done += 1;
    spend.progress += 1;
    run.checkpoint.inFlight = run.checkpoint.inFlight.filter((id) => id !== ticketId);
    await writeRun(run);
  }
  if (run.checkpoint.inFlight.length === 0) run.checkpoint.inFlight = undefined;
}
