/**
 * Freshdesk API v2 JSON, as documented at https://developers.freshdesk.com/api/ (Freshdesk
 * publishes no OpenAPI description). Only the fields Deskbridge reads are typed; every object
 * carries more, which the index signatures keep.
 */

/** Ticket status ids every account has; custom statuses get ids from 6 up (see ticket_fields). */
export const FD_STATUS = { open: 2, pending: 3, resolved: 4, closed: 5 } as const;

/** Ticket priorities, fixed by Freshdesk. */
export const FD_PRIORITY = { low: 1, medium: 2, high: 3, urgent: 4 } as const;

/** An agent's ticket scope: which tickets the agent may see at all. */
export const FD_TICKET_SCOPE = { global: 1, group: 2, restricted: 3 } as const;

/** https://developers.freshdesk.com/api/#tickets (view shape; lists omit description, description_text, attachments) */
export interface FdTicket {
  id: number;
  subject: string;
  description?: string;
  description_text?: string;
  status: number;
  priority: number;
  source?: number;
  requester_id: number;
  responder_id?: number | null;
  group_id?: number | null;
  tags?: string[];
  spam?: boolean;
  deleted?: boolean;
  created_at: string;
  updated_at: string;
  /** Only with `include=requester`. */
  requester?: FdRequester;
  [field: string]: unknown;
}

export interface FdRequester {
  id: number;
  name?: string;
  email?: string | null;
  mobile?: string | null;
  phone?: string | null;
  [field: string]: unknown;
}

/**
 * https://developers.freshdesk.com/api/#conversations: one entry of a ticket's conversation list,
 * or the answer to a reply (which has no `private`: replies are public) or a note.
 */
export interface FdConversation {
  id: number;
  ticket_id: number;
  /** HTML. */
  body: string;
  body_text?: string;
  private?: boolean;
  incoming?: boolean;
  /** 0 reply, 2 note, 5 tweet, 6 survey feedback, 7 Facebook, 8 forwarded email, 9 phone, 10 Mobihelp, 11 e-commerce. */
  source?: number;
  user_id?: number;
  created_at: string;
  updated_at: string;
  [field: string]: unknown;
}

/** https://developers.freshdesk.com/api/#agents */
export interface FdAgent {
  id: number;
  ticket_scope: number;
  role_ids?: number[];
  group_ids?: number[];
  occasional?: boolean;
  /** support_agent, field_agent or collaborator. */
  type?: string;
  contact: { name: string; email?: string; active?: boolean; [field: string]: unknown };
  [field: string]: unknown;
}

/** https://developers.freshdesk.com/api/#roles */
export interface FdRole {
  id: number;
  name: string;
  description?: string;
  default?: boolean;
  [field: string]: unknown;
}

/** https://developers.freshdesk.com/api/#ticket-fields: the status field's choices map id → [agent label, customer label]. */
export interface FdTicketField {
  id: number;
  name: string;
  label?: string;
  type: string;
  choices?: Record<string, unknown> | unknown[];
  [field: string]: unknown;
}

/**
 * https://developers.freshdesk.com/api/#error: validation errors carry `description` and
 * `errors[]`; authentication and permission errors carry `code` and `message`.
 */
export interface FdErrorBody {
  description?: string;
  errors?: { field?: string; message?: string; code?: string }[];
  code?: string;
  message?: string;
}
