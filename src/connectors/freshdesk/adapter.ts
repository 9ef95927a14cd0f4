import type { ConnectionCredentials, Connector, NewTicket, Ticket, TicketComment, TicketPage, TicketPatch, TicketStatus } from '../connector';
import { ConnectorError } from '../http/connector-error';
import { vendorRequest, type VendorRequest, type VendorResponse } from '../http/vendor-request';
import { decodeCursor, encodeCursor, freshdeskTime, hasNextPage, MAX_PAGE } from './cursor';
import type { FdAgent, FdConversation, FdErrorBody, FdTicket, FdTicketField } from './freshdesk-types';
import { toComment, toCommentRequest, toCreateBody, toPriority, toTicket, toUpdateBody, validationReason } from './mappers';
import { freshdeskSpec as spec } from './spec';
import { isDefaultStatus, toStatuses } from './statuses';
import { verifyAgent } from './verify';

const PER_PAGE = 100;
/** A ticket with more than 5,000 conversation entries is not something to copy in one call. */
const MAX_CONVERSATION_PAGES = 50;

/**
 * Freshdesk API v2 on Deskbridge's connector interface. Every call goes through vendorRequest
 * (auth, retries, error kinds); this file adds Freshdesk's paging, its validation bodies and
 * the checks that keep a bad id from ever reaching a URL.
 */
export const freshdeskAdapter: Omit<Connector, 'spec'> = {
  verify: (credentials) => verifyAgent(credentials),

  async getTicket(credentials, id) {
    // https://developers.freshdesk.com/api/#view_a_ticket (include=requester: +1 credit, saves a contact lookup)
    const { status, body } = await call<FdTicket>(credentials, { path: `/api/v2/tickets/${ticketId(id)}?include=requester`, expect: [404] });
    if (status === 404 || body.deleted) throw noTicket(credentials, id);
    return (await withStatuses(credentials, [body]))[0];
  },

  async listTicketsUpdatedSince(credentials, since, cursor) {
    const position = cursor ? decodeCursor(cursor) : { since: freshdeskTime(since), page: 1 };
    const query = new URLSearchParams({
      updated_since: position.since,
      order_by: 'updated_at',
      order_type: 'asc',
      per_page: String(PER_PAGE),
      page: String(position.page),
      include: 'description,requester',
    });
    // https://developers.freshdesk.com/api/#list_all_tickets (spam and deleted tickets are left out by Freshdesk)
    const { body, headers } = await call<FdTicket[]>(credentials, { path: `/api/v2/tickets?${query}` });
    const raw = Array.isArray(body) ? body : [];
    const tickets = await withStatuses(credentials, raw);
    if (!hasNextPage(headers.get('link')) || raw.length === 0) return { tickets };
    const next =
      position.page < MAX_PAGE
        ? { since: position.since, page: position.page + 1 }
        : // Past Freshdesk's last page: restart the query from the newest ticket seen (the overlap is re-synced idempotently).
          { since: raw[raw.length - 1].updated_at, page: 1 };
    return { tickets, nextCursor: encodeCursor(next) } satisfies TicketPage;
  },

  async createTicket(credentials, ticket: NewTicket) {
    const priority = ticket.priority === undefined ? undefined : knownPriority(ticket.priority);
    // A ticket raised without a requester is requested by the connected agent, as Deskbridge's own tickets are.
    const requesterId = ticket.requesterEmail ? undefined : await currentAgentId(credentials);
    // https://developers.freshdesk.com/api/#create_ticket
    const { status, body } = await call<FdTicket | FdErrorBody>(credentials, { method: 'POST', path: '/api/v2/tickets', body: toCreateBody(ticket, priority, requesterId), expect: [400] });
    if (status === 400) throw refused('create the ticket', body as FdErrorBody);
    return (await withStatuses(credentials, [body as FdTicket]))[0];
  },

  async updateTicket(credentials, id, patch: TicketPatch) {
    const priority = patch.priority === undefined ? undefined : knownPriority(patch.priority);
    const status = patch.statusId === undefined ? undefined : statusNumber(patch.statusId);
    const update = toUpdateBody(patch, priority, status);
    if (Object.keys(update).length === 0) return freshdeskAdapter.getTicket(credentials, id);
    // https://developers.freshdesk.com/api/#update_ticket
    const answer = await call<FdTicket | FdErrorBody>(credentials, { method: 'PUT', path: `/api/v2/tickets/${ticketId(id)}`, body: update, expect: [400, 404] });
    if (answer.status === 404) throw noTicket(credentials, id);
    if (answer.status === 400) throw refused(`update ticket ${id}`, answer.body as FdErrorBody);
    return (await withStatuses(credentials, [answer.body as FdTicket]))[0];
  },

  async listComments(credentials, id) {
    return (await readConversations(credentials, id)).comments;
  },

  async addComment(credentials, id, comment) {
    const request = toCommentRequest(ticketId(id), comment);
    // https://developers.freshdesk.com/api/#reply_ticket (public) or https://developers.freshdesk.com/api/#add_note_to_a_ticket (private)
    const { status, body } = await call<FdConversation | FdErrorBody>(credentials, { method: 'POST', ...request, expect: [400, 404] });
    if (status === 404) throw noTicket(credentials, id);
    if (status === 400) throw refused(`add the ${comment.public ? 'reply' : 'note'} to ticket ${id}`, body as FdErrorBody);
    return toComment(body as FdConversation);
  },

  async listStatuses(credentials) {
    return toStatuses(await statusFields(credentials));
  },
};

const call = <T>(credentials: ConnectionCredentials, request: VendorRequest) => vendorRequest<T>(spec, credentials, request);

/** A ticket's replies and notes, 100 a page, oldest first, with the calls made and the last answer's headers. */
export async function readConversations(credentials: ConnectionCredentials, id: string): Promise<{ comments: TicketComment[]; calls: number; headers?: VendorResponse<unknown>['headers'] }> {
  const comments: TicketComment[] = [];
  let headers: VendorResponse<unknown>['headers'] | undefined;
  let calls = 0;
  for (let page = 1; page <= MAX_CONVERSATION_PAGES; page++) {
    // https://developers.freshdesk.com/api/#list_all_ticket_notes (replies and notes, oldest first)
    const answer = await call<FdConversation[]>(credentials, { path: `/api/v2/tickets/${ticketId(id)}/conversations?per_page=${PER_PAGE}&page=${page}`, expect: [404] });
    calls += 1;
    headers = answer.headers;
    if (answer.status === 404) throw noTicket(credentials, id);
    comments.push(...(Array.isArray(answer.body) ? answer.body : []).map(toComment));
    if (!hasNextPage(answer.headers.get('link'))) break;
  }
  return { comments, calls, headers };
}

/** Ticket ids are numbers in Freshdesk; anything else must never reach a URL. */
function ticketId(id: string): string {
  if (!/^\d{1,18}$/.test(id)) throw new ConnectorError('invalid', `"${String(id).slice(0, 40)}" is not a Freshdesk ticket number.`);
  return id;
}

function statusNumber(id: string): number {
  if (!/^\d{1,4}$/.test(id)) throw new ConnectorError('invalid', `"${String(id).slice(0, 40)}" is not a Freshdesk status id (a number such as 2 for Open).`);
  return Number(id);
}

function knownPriority(priority: string): number {
  const number = toPriority(priority);
  if (number === undefined) throw new ConnectorError('invalid', `Freshdesk has no priority "${priority.slice(0, 40)}": use low, medium, high or urgent.`);
  return number;
}

const noTicket = (credentials: ConnectionCredentials, id: string) =>
  new ConnectorError('not-found', `Ticket ${id} does not exist in ${credentials.domain}, or it was deleted.`, 404);

const refused = (what: string, body: FdErrorBody | undefined) =>
  new ConnectorError('invalid', `Freshdesk would not ${what}: ${validationReason(body)}.`, 400);

/** Names custom statuses: the default four need no call, a custom one costs one ticket_fields request. */
export async function withStatuses(credentials: ConnectionCredentials, raw: FdTicket[]): Promise<Ticket[]> {
  const statuses: TicketStatus[] | undefined = raw.some((ticket) => !isDefaultStatus(ticket.status)) ? toStatuses(await statusFields(credentials)) : undefined;
  return raw.map((ticket) => toTicket(ticket, credentials.domain, statuses));
}

async function statusFields(credentials: ConnectionCredentials): Promise<FdTicketField[]> {
  // https://developers.freshdesk.com/api/#list_all_ticket_fields (type=default_status: just the status field and its choices)
  const { body } = await call<FdTicketField[]>(credentials, { path: '/api/v2/ticket_fields?type=default_status' });
  return Array.isArray(body) ? body : [];
}

async function currentAgentId(credentials: ConnectionCredentials): Promise<number> {
  // https://developers.freshdesk.com/api/#me
  const { body } = await call<FdAgent>(credentials, { path: '/api/v2/agents/me' });
  return body.id;
}
