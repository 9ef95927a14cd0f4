import type { BackfillPage, ConnectorBackfill, RateBudget } from '../connector-backfill';
import { ConnectorError } from '../http/connector-error';
import { vendorRequest, type VendorResponse } from '../http/vendor-request';
import { readConversations, withStatuses } from './adapter';
import { freshdeskTime, hasNextPage } from './cursor';
import type { FdTicket } from './freshdesk-types';
import { freshdeskSpec as spec } from './spec';
import { isDefaultStatus } from './statuses';

/** Freshdesk's largest page. */
const PER_PAGE = 100;

/**
 * Where a backfill listing stands: the `updated_at` of the last ticket returned and the ids
 * already returned at that very second. The next call asks for tickets updated since that
 * second and drops those ids (keyset paging). Unlike page numbers, this does not shift when a
 * ticket is updated (and so moves to the end) while the migration runs, and it never meets
 * Freshdesk's 300-page ceiling. `page` counts on only inside one second shared by more tickets
 * than a page holds.
 */
interface KeysetCursor {
  since: string;
  seen: number[];
  page: number;
}

const encode = (cursor: KeysetCursor) => Buffer.from(JSON.stringify({ v: 2, ...cursor })).toString('base64url');

function decode(text: string): KeysetCursor {
  try {
    const raw = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (raw?.v === 2 && !Number.isNaN(Date.parse(raw.since)) && Array.isArray(raw.seen) && Number.isInteger(raw.page) && raw.page >= 1) return { since: raw.since, seen: raw.seen.map(Number), page: raw.page };
  } catch {
    // fall through
  }
  throw new ConnectorError('invalid', 'The backfill position is not one Deskbridge issued for Freshdesk. Start the backfill again.');
}

/** X-RateLimit-Total / -Remaining / -Used-CurrentRequest: Freshdesk's credits per minute for the whole account. */
function rateOf(headers: VendorResponse<unknown>['headers']): RateBudget | undefined {
  const limit = Number(headers.get('x-ratelimit-total'));
  const remaining = Number(headers.get('x-ratelimit-remaining'));
  if (!Number.isFinite(limit) || limit <= 0 || !Number.isFinite(remaining)) return undefined;
  const cost = Number(headers.get('x-ratelimit-used-currentrequest'));
  return { limit, remaining, windowSeconds: 60, cost: Number.isFinite(cost) && cost > 0 ? cost : 1 };
}

export const freshdeskBackfill: ConnectorBackfill = {
  async listTickets(credentials, since, cursor, { content }) {
    const at = cursor ? decode(cursor) : { since: freshdeskTime(since), seen: [], page: 1 };
    const query = new URLSearchParams({ updated_since: at.since, order_by: 'updated_at', order_type: 'asc', per_page: String(PER_PAGE), page: String(at.page) });
    // A list's descriptions cost two more credits a page: only when the tickets are brought over.
    if (content) query.set('include', 'description');
    // https://developers.freshdesk.com/api/#list_all_tickets
    const { body, headers } = await vendorRequest<FdTicket[]>(spec, credentials, { path: `/api/v2/tickets?${query}` });
    const raw = Array.isArray(body) ? body : [];
    const fresh = raw.filter((ticket) => !(ticket.updated_at === at.since && at.seen.includes(ticket.id)));
    // Naming a custom status costs one ticket_fields call (withStatuses makes it only then).
    const calls = fresh.some((ticket) => !isDefaultStatus(ticket.status)) ? 2 : 1;
    const tickets = await withStatuses(credentials, fresh);
    const page: BackfillPage = { tickets, rate: rateOf(headers), calls };
    const more = hasNextPage(headers.get('link')) || raw.length === PER_PAGE;
    if (!more || raw.length === 0) return page;
    const last = raw[raw.length - 1].updated_at;
    const next: KeysetCursor =
      last === at.since
        ? { since: at.since, seen: at.seen, page: at.page + 1 } // a whole page within one second: page on inside it
        : { since: last, seen: raw.filter((ticket) => ticket.updated_at === last).map((ticket) => ticket.id), page: 1 };
    return { ...page, nextCursor: encode(next) };
  },

  async listComments(credentials, ticketId) {
    const { comments, calls, headers } = await readConversations(credentials, ticketId);
    return { comments, rate: headers && rateOf(headers), calls };
  },
};
