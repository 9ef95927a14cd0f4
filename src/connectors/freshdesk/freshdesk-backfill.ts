import type { ConnectionCredentials, TicketComment, TicketStatus } from '../connector';
import type { BackfillPage, ConnectorBackfill, RateBudget } from '../connector-backfill';
import { ConnectorError } from '../http/connector-error';
import { vendorRequest, type VendorResponse } from '../http/vendor-request';
import { freshdeskTime, hasNextPage } from './cursor';
import type { FdConversation, FdTicket, FdTicketField } from './freshdesk-types';
import { toComment, toTicket } from './mappers';
import { freshdeskSpec as spec } from './spec';
import { isDefaultStatus, toStatuses } from './statuses';

/** Freshdesk's largest page. */
const PER_PAGE = 100;
const MAX_CONVERSATION_PAGES = 50;

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
    let calls = 1;
    let statuses: TicketStatus[] | undefined;
    if (fresh.some((ticket) => !isDefaultStatus(ticket.status))) {
      statuses = await customStatuses(credentials);
      calls += 1;
    }
    const tickets = fresh.map((ticket) => toTicket(ticket, credentials.domain, statuses));
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
    if (!/^\d{1,18}$/.test(ticketId)) throw new ConnectorError('invalid', `"${ticketId.slice(0, 40)}" is not a Freshdesk ticket number.`);
    const comments: TicketComment[] = [];
    let rate: RateBudget | undefined;
    let calls = 0;
    for (let page = 1; page <= MAX_CONVERSATION_PAGES; page++) {
      // https://developers.freshdesk.com/api/#list_all_ticket_notes (replies and notes, oldest first)
      const answer = await vendorRequest<FdConversation[]>(spec, credentials, { path: `/api/v2/tickets/${ticketId}/conversations?per_page=${PER_PAGE}&page=${page}`, expect: [404] });
      calls += 1;
      rate = rateOf(answer.headers) ?? rate;
      if (answer.status === 404) throw new ConnectorError('not-found', `Ticket ${ticketId} does not exist in ${credentials.domain}, or it was deleted.`, 404);
      comments.push(...(Array.isArray(answer.body) ? answer.body : []).map(toComment));
      if (!hasNextPage(answer.headers.get('link'))) break;
    }
    return { comments, rate, calls };
  },
};

async function customStatuses(credentials: ConnectionCredentials): Promise<TicketStatus[]> {
  // https://developers.freshdesk.com/api/#list_all_ticket_fields (the status field and its choices)
  const { body } = await vendorRequest<FdTicketField[]>(spec, credentials, { path: '/api/v2/ticket_fields?type=default_status' });
  return toStatuses(Array.isArray(body) ? body : []);
}
