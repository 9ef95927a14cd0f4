import { UserFacingError } from '../shared/errors';
import type { SyncContext } from '../sync/sync-context';
import type { TicketReading } from './panel-ticket-view';

/**
 * How long the panel waits for a help desk. The HTTP layer may retry a failing vendor for longer
 * than a resolver may run (25 s), and a panel stuck on a spinner is worse than one showing what
 * Deskbridge last knew: past this, the ticket is shown from the link and the panel says so.
 */
export const HELP_DESK_WAIT_MS = 8000;

/** Reads a linked ticket for the panel, never throwing: a failure becomes the reason shown. */
export async function readTicketInTime(context: SyncContext, ticketId: string, waitMs = HELP_DESK_WAIT_MS): Promise<TicketReading> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<TicketReading>((resolve) => {
    timer = setTimeout(() => resolve({ unavailable: `${context.connector.spec.displayName} did not answer in time.` }), waitMs);
  });
  const read = context.connector.getTicket(context.credentials, ticketId).then(
    (ticket): TicketReading => ({ ticket }),
    (error: unknown): TicketReading => ({
      // Connector messages are written for people and never carry a secret; anything else is not shown.
      unavailable: error instanceof UserFacingError ? error.message : `${context.connector.spec.displayName} could not be read just now.`,
    }),
  );
  try {
    return await Promise.race([read, late]);
  } finally {
    clearTimeout(timer);
  }
}
