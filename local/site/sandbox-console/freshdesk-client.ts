import { escapeHtml } from './html';
import { callSandbox, freshdeskProblem } from './sandbox-call';
import type { FreshdeskAccount } from './sandbox-targets';

/**
 * The console's Freshdesk API v2 calls, as an agent's own script would make them with the
 * account's API key. The account's per-minute credits are shared with Deskbridge's adapter (as on
 * a real account), so a page view stays cheap: one list, one status field, and one conversations
 * call for each of the most recently updated tickets only.
 * https://developers.freshdesk.com/api/
 */

export interface FdTicketRow {
  id: number;
  subject: string;
  status: number;
  priority: number;
  updated_at: string;
  tags?: string[];
  description_text?: string;
}

export interface FdConversationRow {
  id: number;
  body_text: string;
  private: boolean;
  incoming: boolean;
  created_at: string;
}

/** How many tickets a page view lists (each costs one conversations call). */
export const TICKETS_SHOWN = 15;
/** Every ticket updated since then: without `updated_since` Freshdesk lists only the last 30 days' tickets. */
const SINCE_EVER = '2000-01-01T00:00:00Z';

const request = (account: FreshdeskAccount, method: string, path: string, body?: unknown) =>
  callSandbox(
    'The Freshdesk sandbox',
    `${account.url}${path}`,
    {
      method,
      headers: {
        // Freshdesk: Basic with the API key as the user name and any password.
        authorization: `Basic ${Buffer.from(`${account.apiKey}:X`).toString('base64')}`,
        'x-forwarded-host': account.host,
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    },
    freshdeskProblem,
  );

/** https://developers.freshdesk.com/api/#list_all_tickets */
export async function listTickets(account: FreshdeskAccount): Promise<FdTicketRow[]> {
  const query = new URLSearchParams({ updated_since: SINCE_EVER, order_by: 'updated_at', order_type: 'desc', per_page: String(TICKETS_SHOWN), include: 'description' });
  return (await request(account, 'GET', `/api/v2/tickets?${query}`)) as FdTicketRow[];
}

/** https://developers.freshdesk.com/api/#list_all_ticket_notes */
export async function listConversations(account: FreshdeskAccount, ticketId: number): Promise<FdConversationRow[]> {
  return (await request(account, 'GET', `/api/v2/tickets/${ticketId}/conversations?per_page=100`)) as FdConversationRow[];
}

/** The account's ticket statuses (id → name), so custom statuses from a seed file show by name. https://developers.freshdesk.com/api/#list_all_ticket_fields */
export async function listStatuses(account: FreshdeskAccount): Promise<Map<number, string>> {
  const fields = (await request(account, 'GET', '/api/v2/ticket_fields?type=default_status')) as { choices?: Record<string, unknown> }[];
  const statuses = new Map<number, string>();
  for (const [id, names] of Object.entries(fields[0]?.choices ?? {})) statuses.set(Number(id), Array.isArray(names) ? String(names[0]) : String(names));
  return statuses;
}

export interface NewTicket {
  subject: string;
  description: string;
  email: string;
  priority: number;
  tags: string[];
}

/** https://developers.freshdesk.com/api/#create_ticket (status 2, Open, as the portal would) */
export async function createTicket(account: FreshdeskAccount, ticket: NewTicket): Promise<{ id: number }> {
  const body = { subject: ticket.subject, description: toHtml(ticket.description), email: ticket.email, priority: ticket.priority, status: 2, tags: ticket.tags };
  return (await request(account, 'POST', '/api/v2/tickets', body)) as { id: number };
}

/** A public reply (https://developers.freshdesk.com/api/#reply_ticket) or a private note (https://developers.freshdesk.com/api/#add_note_to_a_ticket). */
export async function addConversation(account: FreshdeskAccount, ticketId: number, kind: 'reply' | 'note', text: string): Promise<void> {
  if (kind === 'reply') await request(account, 'POST', `/api/v2/tickets/${ticketId}/reply`, { body: toHtml(text) });
  else await request(account, 'POST', `/api/v2/tickets/${ticketId}/notes`, { body: toHtml(text), private: true });
}

/** https://developers.freshdesk.com/api/#update_ticket */
export async function setStatus(account: FreshdeskAccount, ticketId: number, status: number): Promise<void> {
  await request(account, 'PUT', `/api/v2/tickets/${ticketId}`, { status });
}

/** Freshdesk stores HTML bodies: the person's text, escaped, one paragraph per blank-line block. */
export function toHtml(text: string): string {
  return escapeHtml(text)
    .split(/\r?\n\s*\r?\n/)
    .map((block) => `<p>${block.replace(/\r?\n/g, '<br>')}</p>`)
    .join('');
}
