import type { ConnectorBackfill, RateBudget } from '../connector-backfill';
import type { VendorResponse } from '../http/vendor-request';
import { readComments, searchConversations } from './adapter';

/**
 * Intercom's backfill listing: the conversation search at its largest page (150), each
 * conversation read once for its parts, and the rate-limit state Intercom sends with every
 * answer, so a backfill slows down before Intercom refuses it.
 */

/** Intercom's largest search page. */
const PER_PAGE = 150;
/** Intercom counts requests in 10-second windows; X-RateLimit-Limit is the window's allowance. */
const WINDOW_SECONDS = 10;

function rateOf(headers: VendorResponse<unknown>['headers']): RateBudget | undefined {
  const limit = Number(headers.get('x-ratelimit-limit'));
  const remaining = Number(headers.get('x-ratelimit-remaining'));
  if (!Number.isFinite(limit) || limit <= 0 || !Number.isFinite(remaining)) return undefined;
  return { limit, remaining, windowSeconds: WINDOW_SECONDS, cost: 1 };
}

export const intercomBackfill: ConnectorBackfill = {
  // A search result holds the same fields either way: `content` changes nothing here.
  async listTickets(credentials, since, cursor) {
    const { page, headers } = await searchConversations(credentials, since, cursor, PER_PAGE);
    return { ...page, rate: rateOf(headers), calls: 1 };
  },

  async listComments(credentials, ticketId) {
    const { comments, headers } = await readComments(credentials, ticketId);
    return { comments, rate: rateOf(headers), calls: 1 };
  },
};
