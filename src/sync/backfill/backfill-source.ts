import type { ConnectorBackfill } from '../../connectors/connector-backfill';
import type { SyncContext } from '../sync-context';

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
