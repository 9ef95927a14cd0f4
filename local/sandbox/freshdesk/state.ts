import type { FdAgent, FdConversation, FdRole, FdTicket, FdTicketField } from '../../../src/connectors/freshdesk/freshdesk-types';

/** A contact (customer) as embedded by `include=requester`: https://developers.freshdesk.com/api/#contacts */
export interface FdContact {
  id: number;
  name: string;
  email?: string | null;
  mobile?: string | null;
  phone?: string | null;
  [field: string]: unknown;
}

/**
 * One Freshdesk account, as plain JSON in the vendor's own shapes (it is also the seed-file
 * format, see README.md). Objects keep every field they were seeded with, known or not.
 */
export interface FreshdeskState {
  /** The account host, e.g. acme.freshdesk.com; any other host is "no such account". */
  domain: string;
  /** API key → the id of the agent it belongs to. */
  api_keys: Record<string, number>;
  /** The account's per-minute API limit (Freshdesk's plans: 200, 400 or 700). */
  rate_limit_per_minute: number;
  /** In the shape of GET /api/v2/agents/:id. */
  agents: FdAgent[];
  contacts: FdContact[];
  roles: FdRole[];
  ticket_fields: FdTicketField[];
  /** In the shape of GET /api/v2/tickets/:id (without an embedded requester). */
  tickets: FdTicket[];
  /** Every ticket's replies and notes, in the shape of GET /api/v2/tickets/:id/conversations. */
  conversations: FdConversation[];
}

/** Roles whose holders may use admin-only endpoints (Freshdesk's two administrator roles). */
export const ADMIN_ROLE_NAMES = ['Account Administrator', 'Administrator'];

export const isAdmin = (state: FreshdeskState, agent: FdAgent): boolean =>
  state.roles.some((role) => ADMIN_ROLE_NAMES.includes(role.name) && (agent.role_ids ?? []).includes(role.id));

/** Which tickets an agent's ticket scope lets it see: all (1), its groups' and its own (2), its own (3). */
export function canSee(agent: FdAgent, ticket: FdTicket): boolean {
  if (agent.ticket_scope === 1) return true;
  if (ticket.responder_id === agent.id) return true;
  return agent.ticket_scope === 2 && ticket.group_id !== null && ticket.group_id !== undefined && (agent.group_ids ?? []).includes(ticket.group_id);
}

/** The status ids the account's status field offers (defaults 2–5 plus custom ones). */
export function statusIds(state: FreshdeskState): number[] {
  const field = state.ticket_fields.find((candidate) => candidate.type === 'default_status');
  const ids = field?.choices && !Array.isArray(field.choices) ? Object.keys(field.choices).map(Number).filter(Number.isInteger) : [];
  return ids.length ? ids.sort((a, b) => a - b) : [2, 3, 4, 5];
}

/** Freshdesk's timestamps: UTC, to the second. */
export const now = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The plain-text copy Freshdesk keeps beside each HTML body (`description_text`, `body_text`). */
export function textOf(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/(p|div|li|h\d)>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

export const nextId = (items: { id: number }[], floor = 0): number => items.reduce((max, item) => Math.max(max, item.id), floor) + 1;
