import type { NewComment, NewTicket, Ticket, TicketComment, TicketPatch, TicketStatus } from '../connector';
import { FD_PRIORITY, FD_STATUS, type FdConversation, type FdErrorBody, type FdTicket } from './freshdesk-types';
import { toStatus } from './statuses';

/**
 * Pure translations between Freshdesk API v2 JSON and Deskbridge's connector types. HTML stays
 * HTML (Freshdesk's `description` and `body`); the `*_text` copies are not used.
 */

const PRIORITY_NAMES: Record<number, string> = { 1: 'low', 2: 'medium', 3: 'high', 4: 'urgent' };

/** Where an agent opens the ticket (the agent portal, not the customer portal). */
export const ticketUrl = (domain: string, id: number | string): string => `https://${domain}/a/tickets/${id}`;

export function toTicket(raw: FdTicket, domain: string, statuses?: TicketStatus[]): Ticket {
  const requester = raw.requester
    ? { id: String(raw.requester.id), ...(raw.requester.email ? { email: raw.requester.email } : {}), ...(raw.requester.name ? { name: raw.requester.name } : {}) }
    : raw.requester_id !== undefined && raw.requester_id !== null
      ? { id: String(raw.requester_id) }
      : undefined;
  return {
    id: String(raw.id),
    subject: raw.subject ?? '',
    description: raw.description ?? '',
    status: toStatus(raw.status, undefined, statuses),
    ...(PRIORITY_NAMES[raw.priority] ? { priority: PRIORITY_NAMES[raw.priority] } : {}),
    ...(requester ? { requester } : {}),
    tags: Array.isArray(raw.tags) ? raw.tags.filter((tag): tag is string => typeof tag === 'string') : [],
    createdAt: raw.created_at,
    updatedAt: raw.updated_at,
    url: ticketUrl(domain, raw.id),
  };
}

/** A conversation entry, a reply or a note. Replies carry no `private` flag: they are public. */
export function toComment(raw: FdConversation): TicketComment {
  return {
    id: String(raw.id),
    ticketId: String(raw.ticket_id),
    body: raw.body ?? '',
    public: raw.private !== true,
    ...(raw.user_id !== undefined && raw.user_id !== null ? { authorId: String(raw.user_id) } : {}),
    createdAt: raw.created_at,
  };
}

/** Deskbridge's priority words (and Freshdesk's numbers) to Freshdesk's priority; undefined when unknown. */
export function toPriority(priority: string): number | undefined {
  const word = priority.trim().toLowerCase();
  if (word === 'normal') return FD_PRIORITY.medium;
  if (word in FD_PRIORITY) return FD_PRIORITY[word as keyof typeof FD_PRIORITY];
  const number = Number(word);
  return Number.isInteger(number) && number >= 1 && number <= 4 ? number : undefined;
}

/**
 * https://developers.freshdesk.com/api/#create_ticket body. Freshdesk needs a requester: the
 * email (a new one creates a contact) or, for tickets raised without one, a requester id.
 * New tickets start Open, from the portal source (2), as Freshdesk itself defaults.
 */
export function toCreateBody(ticket: NewTicket, priority: number | undefined, fallbackRequesterId?: number): Record<string, unknown> {
  return {
    subject: ticket.subject,
    description: ticket.description,
    ...(ticket.requesterEmail ? { email: ticket.requesterEmail } : { requester_id: fallbackRequesterId }),
    status: FD_STATUS.open,
    priority: priority ?? FD_PRIORITY.low,
    source: 2,
    ...(ticket.tags ? { tags: ticket.tags } : {}),
  };
}

/** https://developers.freshdesk.com/api/#update_ticket body: only what the patch names (tags replace the ticket's tags). */
export function toUpdateBody(patch: TicketPatch, priority: number | undefined, status: number | undefined): Record<string, unknown> {
  return {
    ...(patch.subject !== undefined ? { subject: patch.subject } : {}),
    ...(patch.description !== undefined ? { description: patch.description } : {}),
    ...(priority !== undefined ? { priority } : {}),
    ...(status !== undefined ? { status } : {}),
    ...(patch.tags !== undefined ? { tags: patch.tags } : {}),
  };
}

/** Public replies and private notes are different Freshdesk endpoints with different bodies. */
export function toCommentRequest(ticketId: string, comment: NewComment): { path: string; body: Record<string, unknown> } {
  return comment.public
    ? { path: `/api/v2/tickets/${ticketId}/reply`, body: { body: comment.body } }
    : { path: `/api/v2/tickets/${ticketId}/notes`, body: { body: comment.body, private: true } };
}

/** "field: message" for each of Freshdesk's validation errors, bounded; never the request itself. */
export function validationReason(body: FdErrorBody | undefined): string {
  const details = (body?.errors ?? [])
    .map((error) => [error.field, error.message ?? error.code].filter(Boolean).join(': '))
    .filter(Boolean)
    .slice(0, 5);
  const text = details.length ? details.join('; ') : (body?.description ?? body?.message ?? 'no reason given');
  return text.slice(0, 400);
}
