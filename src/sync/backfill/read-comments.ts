import type { Ticket } from '../../connectors/connector';
import { UserFacingError } from '../../shared/errors';
import type { SyncContext } from '../sync-context';
import { failureOf, type BackfillFailure } from './backfill-failures';
import { copyableComments, statusTarget, type BackfillItem, type UnitSpend } from './backfill-item';
import { observe, reserveCredits } from './backfill-pace';
import type { BackfillRun } from './backfill-run';
import { backfillSource } from './backfill-listing';
import { mapPool } from './pool';
import { isTransient } from './recover-in-flight';

/** Help-desk reads in flight at once. */
const READ_CONCURRENCY = 5;

/**
 * Reads each ticket's comments: the one help-desk call per ticket a copy needs (the list gave
 * the ticket itself). Reads stop starting once the help desk says its window is down to the
 * reserve (the count is account-wide, so another app's traffic counts too); the tickets not read
 * are handed back to be read in a later unit, after the window has refilled, instead of meeting
 * a 429. So is a ticket whose read failed for now (an outage, a rate limit): one bad read does not
 * cost the batch its other reads. A ticket that no longer exists is a failure of its own.
 */
export async function readComments(
  context: SyncContext,
  run: BackfillRun,
  tickets: Ticket[],
  spend: UnitSpend,
): Promise<{ items: BackfillItem[]; left: Ticket[]; failures: BackfillFailure[] }> {
  const source = backfillSource(context);
  const items: BackfillItem[] = [];
  const left: Ticket[] = [];
  const failures: BackfillFailure[] = [];
  await mapPool(tickets, READ_CONCURRENCY, async (ticket) => {
    const remaining = run.pace.helpdeskRemaining;
    if (remaining !== undefined && remaining < reserveCredits(run.pace)) {
      left.push(ticket);
      return;
    }
    try {
      const read = await source.listComments(context.credentials, ticket.id);
      observe(run.pace, read.rate);
      spend.helpdeskCalls += read.calls;
      spend.helpdeskCredits += read.rate?.cost ?? read.calls;
      items.push({ ticket, comments: copyableComments(context, read.comments), target: statusTarget(context, ticket) });
    } catch (error) {
      spend.helpdeskCalls += 1;
      spend.helpdeskCredits += 1;
      if (isTransient(error)) {
        spend.deferred = error;
        left.push(ticket);
      } else if (error instanceof UserFacingError && error.kind === 'not-found') {
        failures.push(failureOf(context.integration.id, ticket.id, error));
      } else throw error;
    }
  });
  // Keep the list's order: issues are created (and keyed) in the order the help desk listed the tickets.
  const order = new Map(tickets.map((ticket, index) => [ticket.id, index]));
  items.sort((a, b) => order.get(a.ticket.id)! - order.get(b.ticket.id)!);
  return { items, left, failures };
}
