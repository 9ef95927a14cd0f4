import type { Ticket } from '../../connectors/connector';
import type { ConnectorBackfill } from '../../connectors/connector-backfill';
import { matchesTicketFilter } from '../mapping/ticket-filter';
import type { SyncContext } from '../sync-context';
import type { BackfillFilter } from './backfill-run';

/**
 * How a backfill reads the help desk: through which calls, from where, and which of the tickets
 * listed it takes.
 */

/** Without a start date, a backfill lists from here (Freshdesk, for one, lists only 30 days without a `since`). */
const EARLIEST = '2000-01-01';

/**
 * Where the help-desk listing starts. Tickets are listed by last update, and a ticket is
 * updated no earlier than it was created, so every ticket created in the range is listed from
 * its first day on; those created earlier but updated since are dropped by `matchesBackfillFilter`.
 */
export const listingStart = (filter: BackfillFilter): Date => new Date(`${filter.createdFrom ?? EARLIEST}T00:00:00Z`);

/** Whether a listed ticket is one the backfill brings over (dates are whole UTC days, both ends included). */
export function matchesBackfillFilter(ticket: Ticket, filter: BackfillFilter): boolean {
  const createdDay = new Date(ticket.createdAt).toISOString().slice(0, 10);
  if (filter.createdFrom && createdDay < filter.createdFrom) return false;
  if (filter.createdTo && createdDay > filter.createdTo) return false;
  return matchesTicketFilter(ticket, filter);
}

/**
 * The help desk as a backfill reads it: the connector's own backfill listing where it has one
 * (largest pages, stable order, rate-limit state), else the everyday members, one call each and
 * without rate-limit state (the pace then keeps to a conservative default).
 */
export function backfillSource(context: SyncContext): ConnectorBackfill {
  const { connector } = context;
  if (connector.backfill) return connector.backfill;
  return {
    listTickets: async (credentials, since, cursor) => ({ ...(await connector.listTicketsUpdatedSince(credentials, since, cursor)), calls: 1 }),
    listComments: async (credentials, ticketId) => ({ comments: await connector.listComments(credentials, ticketId), calls: 1 }),
  };
}
