import type { Ticket } from '../../connectors/connector';
import type { SyncContext } from '../sync-context';
import { failureOf, recordFailures } from './backfill-failures';
import { backfillSource, listingStart, matchesBackfillFilter } from './backfill-listing';
import type { UnitSpend } from './backfill-item';
import { observe } from './backfill-pace';
import type { BackfillRun } from './backfill-run';
import { bringOver } from './bring-over';
import { linkedAt } from './link-batch';
import { mapPool } from './pool';
import { isTransient, recoverInFlight } from './recover-in-flight';

/** Tickets brought over by id in one unit (one bulk create). */
const RETRY_BATCH = 50;

/**
 * One unit of a running backfill, the smallest step after which the checkpoint is written:
 * finish an interrupted batch, or bring over a batch of tickets asked for by id, or list one
 * page of the help desk (its largest) and bring over what the filter selects and is not linked
 * yet. A page is left unfinished only when the help desk's window ran low mid-page: its cursor
 * then stays, and the page is read again later (its linked tickets are skipped). Returns false
 * when there is nothing left to do.
 */
export async function importUnit(context: SyncContext, run: BackfillRun, spend: UnitSpend): Promise<boolean> {
  const checkpoint = run.checkpoint;
  if (checkpoint.inFlight?.length) {
    await recoverInFlight(context, run, spend);
    return true;
  }
  if (checkpoint.retry.length > 0) {
    const ids = checkpoint.retry.splice(0, RETRY_BATCH);
    const tickets = await ticketsById(context, run, ids, spend);
    const left = await bringOver(context, run, tickets, true, spend);
    checkpoint.retry.push(...left.map((ticket) => ticket.id));
    return true;
  }
  if (checkpoint.listed) return false;
  const page = await backfillSource(context).listTickets(context.credentials, listingStart(run.filter), checkpoint.cursor, { content: true });
  observe(run.pace, page.rate);
  spend.helpdeskCalls += page.calls;
  spend.helpdeskCredits += page.rate?.cost ?? page.calls;
  const matching = page.tickets.filter((ticket) => matchesBackfillFilter(ticket, run.filter));
  const linked = await linkedAt(run.integrationId, matching.map((ticket) => ticket.id));
  // Links this run made count as done already; only older ones are "already linked".
  const before = run.startedAt ?? 0;
  const fresh = matching.filter((ticket) => !linked.has(ticket.id));
  const left = await bringOver(context, run, fresh, false, spend);
  if (left.length > 0) return true;
  run.counts.skipped += [...linked.values()].filter((at) => at < before).length;
  run.counts.listed += page.tickets.length;
  checkpoint.cursor = page.nextCursor;
  checkpoint.listed = !page.nextCursor;
  return true;
}

/** Tickets asked for by id; one that no longer exists is a failure, not a reason to stop. */
async function ticketsById(context: SyncContext, run: BackfillRun, ids: string[], spend: UnitSpend): Promise<Ticket[]> {
  const found: Ticket[] = [];
  await mapPool(ids, 5, async (id) => {
    try {
      found.push(await context.connector.getTicket(context.credentials, id));
    } catch (error) {
      if (isTransient(error)) throw error;
      await recordFailures([failureOf(run.integrationId, id, error)]);
      run.counts.failed += 1;
    } finally {
      spend.helpdeskCalls += 1;
      spend.helpdeskCredits += 2;
    }
  });
  return found;
}
