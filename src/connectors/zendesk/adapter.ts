import type { ConnectionCredentials, Connector, TicketComment, TicketPage } from '../connector';
import { ConnectorError } from '../http/connector-error';
import { vendorRequest, type VendorRequest, type VendorResponse } from '../http/vendor-request';
import {
  commentFromAudit,
  describeZendeskError,
  judgeCurrentUser,
  toComment,
  toCommentInput,
  toNewTicketInput,
  toTicket,
  toTicketPatchInput,
  ZENDESK_STATUSES,
} from './mappers';
import { zendeskSpec } from './spec';
import type {
  CurrentUserResponse,
  IncrementalTicketsResponse,
  TicketCommentsResponse,
  TicketResponse,
  TicketUpdateResponse,
  ZendeskErrorBody,
  ZendeskTicketInput,
} from './vendor-types';

/**
 * Zendesk Support on Deskbridge's connector interface. Paths are the ones Zendesk's OpenAPI
 * description lists (without the optional `.json` suffix the API also accepts), so every request
 * is checked against it by the contract tests. Retries, Retry-After and error kinds are the
 * shared HTTP layer's; this file adds what is Zendesk's own: the anonymous answer of `users/me`,
 * the `details` of a 422, cursor-based incremental exports and offset-paged comments.
 */

/** Zendesk serves no incremental export data for the most recent minute and refuses a later start_time. */
const EXPORT_LAG_S = 70;
/** A ticket's comments come 100 a page; 100 pages is Zendesk's own offset-paging ceiling. */
const MAX_COMMENT_PAGES = 100;

export const zendeskConnector: Connector = {
  spec: zendeskSpec,

  async verify(credentials) {
    let response;
    try {
      // https://developer.zendesk.com/api-reference/ticketing/users/users/#show-self
      response = await call<CurrentUserResponse>(credentials, { path: '/api/v2/users/me' });
    } catch (error) {
      // users/me exists on every account: a 404 means there is no account at this subdomain.
      if (error instanceof ConnectorError && error.status === 404) throw new ConnectorError('not-found', zendeskSpec.messages.noAccount(credentials.domain), 404);
      throw error;
    }
    const verdict = judgeCurrentUser(response.body?.user, credentials.domain);
    if (verdict.ok) return verdict.account;
    if (verdict.reason === 'anonymous') throw new ConnectorError('auth', zendeskSpec.messages.auth);
    throw new ConnectorError('forbidden', zendeskSpec.messages.permission(verdict.detail));
  },

  async getTicket(credentials, id) {
    // https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#show-ticket
    const response = await onTicket(id, credentials, () => call<TicketResponse>(credentials, { path: `/api/v2/tickets/${ticketId(id)}` }));
    return toTicket(response.body.ticket, credentials.domain);
  },

  async listTicketsUpdatedSince(credentials, since, cursor) {
    return (await exportTickets(credentials, since, cursor)).page;
  },

  async createTicket(credentials, ticket) {
    // https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#create-ticket
    const body = await write<TicketResponse>(credentials, { method: 'POST', path: '/api/v2/tickets', body: { ticket: toNewTicketInput(ticket) } });
    return toTicket(body.ticket, credentials.domain);
  },

  async updateTicket(credentials, id, patch) {
    const input = toTicketPatchInput(patch);
    if (Object.keys(input).length === 0) return zendeskConnector.getTicket(credentials, id);
    // https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#update-ticket
    const body = await onTicket(id, credentials, () => write<TicketUpdateResponse>(credentials, updateRequest(id, input)));
    return toTicket(body.ticket, credentials.domain);
  },

  async listComments(credentials, id) {
    return (await readComments(credentials, id)).comments;
  },

  async addComment(credentials, id, comment) {
    // https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#update-ticket
    // Zendesk adds comments through a ticket update; the audit it returns holds the new comment.
    const body = await onTicket(id, credentials, () => write<TicketUpdateResponse>(credentials, updateRequest(id, toCommentInput(comment))));
    const added = commentFromAudit(body.audit);
    if (added) return added;
    const all = await zendeskConnector.listComments(credentials, id);
    if (all.length === 0) throw new ConnectorError('unavailable', zendeskSpec.messages.unavailable);
    return all[all.length - 1];
  },

  async listStatuses() {
    // Zendesk's system statuses are fixed (custom statuses each belong to one of them): no call needed.
    return ZENDESK_STATUSES.map((status) => ({ ...status }));
  },
};

const call = <T>(credentials: ConnectionCredentials, request: VendorRequest) => vendorRequest<T>(zendeskSpec, credentials, request);

/**
 * One page of the incremental ticket export (Zendesk's largest pages, 1,000 tickets), with the
 * answer's headers (its rate-limit state) for a backfill to pace by.
 */
export async function exportTickets(credentials: ConnectionCredentials, since: Date, cursor: string | undefined): Promise<{ page: TicketPage; headers: VendorResponse<unknown>['headers'] }> {
  const query = cursor ? `cursor=${encodeURIComponent(cursor)}` : `start_time=${startTime(since)}`;
  // https://developer.zendesk.com/api-reference/ticketing/ticket-management/incremental_exports/#incremental-ticket-export-cursor-based
  // Admins only. The next page is asked for with the cursor alone, as Zendesk's own after_url does.
  const { body, headers } = await call<IncrementalTicketsResponse>(credentials, { path: `/api/v2/incremental/tickets/cursor?${query}` });
  const page: TicketPage = {
    // Deleted tickets are exported too; they can no longer be read or synced.
    tickets: body.tickets.filter((ticket) => ticket.status !== 'deleted').map((ticket) => toTicket(ticket, credentials.domain)),
    ...(!body.end_of_stream && body.after_cursor ? { nextCursor: body.after_cursor } : {}),
  };
  return { page, headers };
}

/**
 * A ticket's replies and notes, 100 a page, oldest first, with the calls made and the last
 * answer's headers. Zendesk's first comment is the ticket's description (`description` is a copy
 * of it): it is the ticket's, not a reply, so it is left out, as the other help desks list it.
 */
export async function readComments(credentials: ConnectionCredentials, id: string): Promise<{ comments: TicketComment[]; calls: number; headers?: VendorResponse<unknown>['headers'] }> {
  const comments: TicketComment[] = [];
  let headers: VendorResponse<unknown>['headers'] | undefined;
  let calls = 0;
  // https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_comments/#list-comments
  let path: string | undefined = `/api/v2/tickets/${ticketId(id)}/comments`;
  for (let page = 0; path && page < MAX_COMMENT_PAGES; page++) {
    const current: string = path;
    const answer = await onTicket(id, credentials, () => call<TicketCommentsResponse>(credentials, { path: current }));
    calls += 1;
    headers = answer.headers;
    comments.push(...answer.body.comments.slice(page === 0 ? 1 : 0).map((comment) => toComment(comment, id)));
    path = nextCommentsPage(answer.body.next_page, credentials.domain, id);
  }
  return { comments, calls, headers };
}

/** A create or update: a 422 is answered with the fields Zendesk refused, from its `details`. */
async function write<T>(credentials: ConnectionCredentials, request: VendorRequest): Promise<T> {
  const response = await vendorRequest<T | ZendeskErrorBody>(zendeskSpec, credentials, { ...request, expect: [422] });
  if (response.status === 422) throw new ConnectorError('invalid', `Zendesk refused the change: ${describeZendeskError(response.body as ZendeskErrorBody)}`, 422);
  return response.body as T;
}

const updateRequest = (id: string, ticket: ZendeskTicketInput): VendorRequest => ({ method: 'PUT', path: `/api/v2/tickets/${ticketId(id)}`, body: { ticket } });

/** Ticket ids are numbers in Zendesk; anything else never reaches a URL. */
function ticketId(id: string): string {
  if (!/^[1-9]\d{0,18}$/.test(id)) throw new ConnectorError('invalid', `"${id.slice(0, 40)}" is not a Zendesk ticket number.`);
  return id;
}

/** A 404 on a ticket's URL says which ticket is missing, rather than "nothing there". */
async function onTicket<T>(id: string, credentials: ConnectionCredentials, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof ConnectorError && error.status === 404) {
      throw new ConnectorError('not-found', `Zendesk has no ticket ${id} at ${credentials.domain}: it was deleted, merged into another, or the number is wrong.`, 404);
    }
    throw error;
  }
}

function startTime(since: Date): number {
  const seconds = Math.floor(since.getTime() / 1000);
  if (!Number.isFinite(seconds)) throw new ConnectorError('invalid', 'The time to list changed Zendesk tickets from is not a valid date.');
  return Math.max(0, Math.min(seconds, Math.floor(Date.now() / 1000) - EXPORT_LAG_S));
}

/** Follows Zendesk's `next_page` URL only on the same account and ticket: a credential never goes elsewhere. */
function nextCommentsPage(nextPage: string | null | undefined, domain: string, id: string): string | undefined {
  if (!nextPage) return undefined;
  let url: URL;
  try {
    url = new URL(nextPage);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.hostname !== domain || !/^\/api\/v2\/tickets\/\d+\/comments(\.json)?$/.test(url.pathname) || !url.pathname.includes(`/${id}/`)) {
    throw new ConnectorError('unavailable', zendeskSpec.messages.unavailable);
  }
  return `${url.pathname}${url.search}`;
}
