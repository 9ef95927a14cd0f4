import type { ConnectionCredentials, TicketComment, TicketPage } from './connector';

/**
 * What a help desk offers a backfill (migration) beyond the everyday interface: the ticket list
 * in the largest pages its API serves, in an order that stays put while the migration runs, and
 * the rate-limit state its answers report, so the backfill can slow down before the help desk
 * refuses it (instead of after a 429). Optional: a connector without it is backfilled through
 * `listTicketsUpdatedSince` and `listComments`, paced by fixed defaults.
 */

/** The help desk's own account of its rate limit after a call (e.g. Freshdesk's X-RateLimit-* headers). */
export interface RateBudget {
  /** Calls (or credits) the window allows. */
  limit: number;
  /** What is left of it. */
  remaining: number;
  windowSeconds: number;
  /** What the call just made cost. */
  cost: number;
}

export interface BackfillPage extends TicketPage {
  rate?: RateBudget;
  /** Calls this page took (a page may need a lookup, e.g. custom status names). */
  calls: number;
}

export interface ConnectorBackfill {
  /**
   * Tickets updated since `since`, oldest change first. `content: false` leaves descriptions out
   * where that is cheaper (counting for an estimate). The cursor resumes exactly after the last
   * ticket returned, even when tickets change (and so move) while the backfill runs.
   */
  listTickets(credentials: ConnectionCredentials, since: Date, cursor: string | undefined, options: { content: boolean }): Promise<BackfillPage>;
  /** A ticket's replies and notes, oldest first, with the rate-limit state after the last page read. */
  listComments(credentials: ConnectionCredentials, ticketId: string): Promise<{ comments: TicketComment[]; rate?: RateBudget; calls: number }>;
}
