import type { ConnectorBackfill, RateBudget } from '../connector-backfill';
import type { VendorResponse } from '../http/vendor-request';
import { exportTickets, readComments } from './adapter';

/**
 * Zendesk's backfill listing: the incremental ticket export (1,000 tickets a page, a cursor that
 * holds its place while tickets change) and each ticket's comments, with the rate-limit state
 * Zendesk reports on every answer, so a backfill slows down before Zendesk refuses it.
 */

/** X-Rate-Limit / X-Rate-Limit-Remaining: the account's requests a minute, shared by every app using it. */
function rateOf(headers: VendorResponse<unknown>['headers'] | undefined): RateBudget | undefined {
  const limit = Number(headers?.get('x-rate-limit'));
  const remaining = Number(headers?.get('x-rate-limit-remaining'));
  if (!Number.isFinite(limit) || limit <= 0 || !Number.isFinite(remaining)) return undefined;
  return { limit, remaining, windowSeconds: 60, cost: 1 };
}

export const zendeskBackfill: ConnectorBackfill = {
  // The export holds no more than the list does: `content` changes nothing here.
  async listTickets(credentials, since, cursor) {
    const { page, headers } = await exportTickets(credentials, since, cursor);
    return { ...page, rate: rateOf(headers), calls: 1 };
  },

  async listComments(credentials, ticketId) {
    const { comments, calls, headers } = await readComments(credentials, ticketId);
    return { comments, rate: rateOf(headers), calls };
  },
};
