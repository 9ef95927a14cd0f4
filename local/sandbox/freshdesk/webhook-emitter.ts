import type { FdTicket } from '../../../src/connectors/freshdesk/freshdesk-types';
import { pasteTargets } from '../vendor/webhook-control';
import type { WebhookOutbox } from '../vendor/webhook-outbox';
import type { FreshdeskState } from './state';

/**
 * Freshdesk's automation rules with a "Trigger webhook" action, as an admin pasted them
 * (`POST /__sandbox/webhooks`): after a ticket is created, updated, replied to or given a note
 * through the API (Deskbridge's own writes included), every target whose events include the change
 * is sent its body with the placeholders filled in, and its custom headers as given.
 * https://support.freshdesk.com/support/solutions/articles/132589-using-webhooks-in-automation-rules
 */
export type FreshdeskChange = 'ticket.created' | 'ticket.updated' | 'comment.created';

/** Which change an answered API call was, and to which ticket; undefined for reads. */
export function changeOf(method: string, path: string, params: Record<string, string>, answer: unknown): { event: FreshdeskChange; ticketId: number } | undefined {
  if (method === 'POST' && path === '/api/v2/tickets') return { event: 'ticket.created', ticketId: Number((answer as { id?: unknown })?.id) };
  if (method === 'PUT' && path === '/api/v2/tickets/:id') return { event: 'ticket.updated', ticketId: Number(params.id) };
  if (method === 'POST' && (path === '/api/v2/tickets/:id/reply' || path === '/api/v2/tickets/:id/notes')) return { event: 'comment.created', ticketId: Number(params.id) };
  return undefined;
}

export function ticketChanged(state: FreshdeskState, change: { event: FreshdeskChange; ticketId: number }, outbox: WebhookOutbox | undefined): void {
  const ticket = state.tickets.find((candidate) => candidate.id === change.ticketId);
  if (!outbox || !ticket) return;
  for (const target of pasteTargets(state, change.event)) {
    // The rule renders its content once, when it runs; a retry resends the same body.
    const body = fillPlaceholders(target.payloadTemplate, state, ticket, new Date());
    outbox.send(change.event, () => ({ url: target.url, method: 'POST', headers: { 'content-type': 'application/json', 'user-agent': 'Freshdesk-Webhook', ...target.headers }, body }));
  }
}

/**
 * Freshdesk placeholders are Liquid: `{{ticket.id}}` and friends, and filters such as
 * `{{ 'now' | date: '%s' }}`. The sandbox fills the ticket placeholders and `now` through `date`
 * (strftime's %Y %m %d %H %M %S %s, UTC); anything else renders empty, as an unknown Liquid
 * variable does. Values are JSON-escaped, since the content is JSON.
 */
export function fillPlaceholders(template: string, state: FreshdeskState, ticket: FdTicket, now: Date): string {
  const values: Record<string, string> = {
    'ticket.id': String(ticket.id),
    'ticket.subject': String(ticket.subject ?? ''),
    'ticket.status': statusName(state, Number(ticket.status)),
    'ticket.priority': ['', 'Low', 'Medium', 'High', 'Urgent'][Number(ticket.priority)] ?? '',
    'ticket.url': `https://${state.domain}/a/tickets/${ticket.id}`,
  };
  return template.replace(/\{\{\s*(.+?)\s*\}\}/g, (_, expression: string) => {
    const dated = /^['"]now['"]\s*\|\s*date:\s*['"]([^'"]*)['"]$/.exec(expression);
    const value = dated ? strftime(dated[1], now) : (values[expression] ?? '');
    return JSON.stringify(value).slice(1, -1);
  });
}

function statusName(state: FreshdeskState, id: number): string {
  const field = state.ticket_fields.find((candidate) => candidate.type === 'default_status');
  const choice = field?.choices && !Array.isArray(field.choices) ? (field.choices as Record<string, unknown>)[String(id)] : undefined;
  return Array.isArray(choice) ? String(choice[0]) : ({ 2: 'Open', 3: 'Pending', 4: 'Resolved', 5: 'Closed' } as Record<number, string>)[id] ?? String(id);
}

function strftime(format: string, at: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const parts: Record<string, string> = {
    Y: String(at.getUTCFullYear()),
    m: pad(at.getUTCMonth() + 1),
    d: pad(at.getUTCDate()),
    H: pad(at.getUTCHours()),
    M: pad(at.getUTCMinutes()),
    S: pad(at.getUTCSeconds()),
    s: String(Math.floor(at.getTime() / 1000)),
  };
  return format.replace(/%([YmdHMSs])/g, (_, letter: string) => parts[letter]);
}
