import type { FdAgent, FdConversation, FdTicket } from '../../../src/connectors/freshdesk/freshdesk-types';
import type { FdContact, FreshdeskState } from './state';

/**
 * The shapes Freshdesk answers in, cut from the stored objects: a list entry is the ticket
 * without its description and attachments (unless `include=description`); replies and notes
 * answer with their own, smaller shapes. Unknown stored fields pass through.
 */

const LIST_OMITS = ['description', 'description_text', 'attachments'];
const REPLY_FIELDS = ['body', 'body_text', 'id', 'user_id', 'from_email', 'cc_emails', 'bcc_emails', 'ticket_id', 'to_emails', 'attachments', 'created_at', 'updated_at'];
const NOTE_FIELDS = ['body', 'body_text', 'id', 'incoming', 'private', 'user_id', 'support_email', 'ticket_id', 'notified_to', 'attachments', 'created_at', 'updated_at'];
/** Kept on a stored note for its create answer; not part of the conversation list shape. */
const STORED_ONLY = ['notified_to'];

export function requesterView(state: FreshdeskState, id: number): FdContact | null {
  const contact = state.contacts.find((candidate) => candidate.id === id);
  if (contact) return { id: contact.id, name: contact.name, email: contact.email ?? null, mobile: contact.mobile ?? null, phone: contact.phone ?? null };
  const agent = state.agents.find((candidate) => candidate.id === id);
  return agent ? { id: agent.id, name: agent.contact.name, email: agent.contact.email ?? null, mobile: null, phone: null } : null;
}

/** The stats `include=stats` adds: https://developers.freshdesk.com/api/#view_a_ticket */
function statsView(ticket: FdTicket): Record<string, string | null> {
  const stamped = (status: number) => (ticket.status === status ? ticket.updated_at : null);
  return {
    agent_responded_at: null,
    requester_responded_at: null,
    first_responded_at: null,
    status_updated_at: ticket.updated_at,
    reopened_at: null,
    resolved_at: stamped(4) ?? stamped(5),
    closed_at: stamped(5),
    pending_since: stamped(3),
  };
}

export function ticketView(state: FreshdeskState, ticket: FdTicket, includes: string[] = []): Record<string, unknown> {
  return {
    ...ticket,
    ...(includes.includes('requester') ? { requester: requesterView(state, ticket.requester_id) } : {}),
    ...(includes.includes('stats') ? { stats: statsView(ticket) } : {}),
  };
}

export function ticketListView(state: FreshdeskState, ticket: FdTicket, includes: string[]): Record<string, unknown> {
  const view: Record<string, unknown> = { ...ticket };
  for (const field of LIST_OMITS) delete view[field];
  if (includes.includes('description')) Object.assign(view, { description: ticket.description ?? '', description_text: ticket.description_text ?? '' });
  if (includes.includes('requester')) view.requester = requesterView(state, ticket.requester_id);
  if (includes.includes('stats')) view.stats = statsView(ticket);
  return view;
}

export function conversationView(conversation: FdConversation): Record<string, unknown> {
  const view: Record<string, unknown> = { ...conversation };
  for (const field of STORED_ONLY) delete view[field];
  return view;
}

const pick = (source: Record<string, unknown>, fields: string[]) => Object.fromEntries(fields.map((field) => [field, source[field] ?? null]));

export const replyView = (conversation: FdConversation) => pick(conversation, REPLY_FIELDS);
export const noteView = (conversation: FdConversation) => pick({ notified_to: [], ...conversation }, NOTE_FIELDS);

export const agentView = (agent: FdAgent): Record<string, unknown> => ({ ...agent });
