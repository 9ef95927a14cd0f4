import type { FdConversation, FdTicket } from '../../src/connectors/freshdesk/freshdesk-types';
import type { FreshdeskState } from '../../local/sandbox/freshdesk';
import { FRESHDESK_SANDBOX } from '../../local/sandbox/freshdesk';

/**
 * A help desk with history, for backfill tests and the benchmark: `count` Freshdesk tickets in the
 * vendor's own shape, created a minute apart from `start`, with `replies` public replies each
 * (and, when asked, one private note), statuses cycling through Open, Pending, Resolved and
 * Closed. Written straight into the sandbox's state, as a seed file would be, replacing the
 * seeded tickets. Deterministic: the same arguments give the same account.
 */
export interface BackfillDataOptions {
  count: number;
  replies: number;
  notes?: boolean;
  start?: string;
  statuses?: number[];
  /** Ticket ids start after this (a second batch appended to an account). */
  firstId?: number;
  /** Between two tickets' creation (default one minute). */
  minutesApart?: number;
}

const CYCLE = [2, 3, 4, 5];

export function seedBackfillTickets(state: FreshdeskState, options: BackfillDataOptions): { tickets: number; replies: number } {
  const start = Date.parse(options.start ?? '2024-01-01T00:00:00Z');
  const statuses = options.statuses ?? CYCLE;
  const requesterId = state.contacts[0]?.id ?? FRESHDESK_SANDBOX.adminAgentId;
  const tickets: FdTicket[] = [];
  const conversations: FdConversation[] = [];
  let conversationId = 44_000_000_000 + (options.firstId ?? 0) * 10;
  for (let index = 0; index < options.count; index++) {
    const id = (options.firstId ?? 0) + index + 1;
    const created = new Date(start + index * (options.minutesApart ?? 1) * 60_000);
    const at = (minutes: number) => new Date(created.getTime() + minutes * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const entries: FdConversation[] = [];
    for (let reply = 0; reply < options.replies; reply++) entries.push(conversation(++conversationId, id, `<p>Reply ${reply + 1} on ticket ${id}.</p>`, false, at(10 + reply)));
    if (options.notes) entries.push(conversation(++conversationId, id, `<p>Internal note on ticket ${id}.</p>`, true, at(10 + options.replies)));
    const updated = entries.length ? entries[entries.length - 1].updated_at : at(0);
    tickets.push(ticket(id, statuses[index % statuses.length], requesterId, at(0), updated));
    conversations.push(...entries);
  }
  state.tickets = tickets;
  state.conversations = conversations;
  return { tickets: tickets.length, replies: options.replies * tickets.length };
}

function ticket(id: number, status: number, requesterId: number, created: string, updated: string): FdTicket {
  return {
    id,
    subject: `Migrated ticket ${id}`,
    description: `<div>Customer report number ${id}: the export fails.</div>`,
    description_text: `Customer report number ${id}: the export fails.`,
    status,
    priority: 1 + (id % 4),
    source: 2,
    requester_id: requesterId,
    responder_id: null,
    group_id: null,
    company_id: null,
    tags: id % 3 === 0 ? ['vip'] : [],
    spam: false,
    type: null,
    cc_emails: [],
    fwd_emails: [],
    reply_cc_emails: [],
    custom_fields: {},
    attachments: [],
    created_at: created,
    updated_at: updated,
  };
}

function conversation(id: number, ticketId: number, body: string, isPrivate: boolean, at: string): FdConversation {
  return {
    id,
    ticket_id: ticketId,
    body,
    body_text: body.replace(/<[^>]+>/g, ''),
    incoming: !isPrivate,
    private: isPrivate,
    source: isPrivate ? 2 : 0,
    user_id: FRESHDESK_SANDBOX.adminAgentId,
    attachments: [],
    created_at: at,
    updated_at: at,
  };
}
