import { listConversations, listStatuses, listTickets, TICKETS_SHOWN, type FdConversationRow, type FdTicketRow } from './freshdesk-client';
import { html, postForm, selectOptions, when, type Html } from './html';
import { ConsoleError } from './sandbox-call';
import type { FreshdeskAccount } from './sandbox-targets';

/**
 * The Freshdesk part of the console: what an agent sees in Freshdesk's ticket list (subject,
 * status, last update, the conversation with public replies and private notes told apart) and
 * the agent's everyday actions. Private notes are marked loudly because whether one may cross to
 * Jira, and how, is exactly what a person trying the comment policy wants to check.
 */

export const FRESHDESK_PRIORITIES = [
  { value: '1', label: 'Low' },
  { value: '2', label: 'Medium' },
  { value: '3', label: 'High' },
  { value: '4', label: 'Urgent' },
];

interface TicketView extends FdTicketRow {
  conversations: FdConversationRow[];
}

export type FreshdeskView = { ok: true; account: FreshdeskAccount; tickets: TicketView[]; statuses: Map<number, string> } | { ok: false; message: string };

export async function loadFreshdesk(account: FreshdeskAccount | undefined): Promise<FreshdeskView> {
  if (!account) return { ok: false, message: 'The Freshdesk sandbox is not running on this site.' };
  try {
    const [tickets, statuses] = await Promise.all([listTickets(account), listStatuses(account)]);
    const withConversations = await Promise.all(tickets.map(async (ticket) => ({ ...ticket, conversations: await listConversations(account, ticket.id) })));
    return { ok: true, account, tickets: withConversations, statuses };
  } catch (error) {
    if (error instanceof ConsoleError) return { ok: false, message: error.message };
    throw error;
  }
}

export function renderFreshdesk(view: FreshdeskView, actor: string): Html {
  if (!view.ok) return section(html`<p class="problem" data-testid="freshdesk-problem">${view.message}</p>`);
  const statusChoices = [...view.statuses].map(([id, name]) => ({ value: String(id), label: name }));
  const create = postForm(
    '/__local/sandboxes/freshdesk/tickets',
    'fd-create',
    actor,
    html`<label>Subject <input name="subject" required maxlength="255"></label>
      <label>Requester email <input name="email" type="email" required value="customer@example.com"></label>
      <label>Priority <select name="priority">${selectOptions(FRESHDESK_PRIORITIES, '2')}</select></label>
      <label>Tags <input name="tags" placeholder="vip, billing"></label>
      <label class="wide">Description <textarea name="description" rows="3" required></textarea></label>
      <button type="submit">Create ticket</button>`,
  );
  const tickets = view.tickets.length
    ? view.tickets.map((ticket) => renderTicket(ticket, view.statuses, statusChoices, actor))
    : html`<p class="empty">No tickets yet.</p>`;
  return section(html`<p class="hint">Acting as the agent whose API key the sandbox was seeded with, on <code>${view.account.host}</code>. The ${TICKETS_SHOWN} most recently updated tickets.</p>
    <details open><summary>Create a ticket (its requester: the customer with this email)</summary>${create}</details>
    <div class="items">${tickets}</div>`);
}

function section(body: Html): Html {
  return html`<section id="freshdesk" data-testid="freshdesk-section"><h2>Freshdesk sandbox</h2>${body}</section>`;
}

function renderTicket(ticket: TicketView, statuses: Map<number, string>, statusChoices: { value: string; label: string }[], actor: string): Html {
  const base = `/__local/sandboxes/freshdesk/tickets/${ticket.id}`;
  const conversation = ticket.conversations.map(
    (entry) => html`<li class="${entry.private ? 'private' : 'public'}" data-testid="fd-conversation" data-private="${String(entry.private)}">
      <span class="badge">${entry.private ? 'Private note' : 'Public reply'}</span>
      <small>${entry.incoming ? 'from the customer' : 'from an agent'} · ${when(entry.created_at)}</small>
      <div class="text">${entry.body_text}</div></li>`,
  );
  const reply = postForm(
    `${base}/conversations`,
    'fd-reply',
    actor,
    html`<textarea name="body" rows="2" required placeholder="Write a reply or a note"></textarea>
      <select name="kind">${selectOptions([{ value: 'reply', label: 'Public reply (emails the customer)' }, { value: 'note', label: 'Private note (agents only)' }], 'reply')}</select>
      <button type="submit">Add</button>`,
  );
  const status = postForm(`${base}/status`, 'fd-status', actor, html`<select name="status">${selectOptions(statusChoices, String(ticket.status))}</select><button type="submit">Set status</button>`);
  return html`<article id="fd-ticket-${ticket.id}" data-testid="fd-ticket" data-ticket-id="${ticket.id}">
    <header><strong>#${ticket.id} ${ticket.subject}</strong>
      <span class="status" data-testid="fd-ticket-status">${statuses.get(ticket.status) ?? `Status ${ticket.status}`}</span>
      <small>updated ${when(ticket.updated_at)}${ticket.tags?.length ? ` · tags: ${ticket.tags.join(', ')}` : ''}</small></header>
    ${ticket.description_text ? html`<p class="description">${ticket.description_text}</p>` : ''}
    ${ticket.conversations.length ? html`<ol class="conversation">${conversation}</ol>` : html`<p class="empty">No replies or notes yet.</p>`}
    <div class="actions">${reply}${status}</div>
  </article>`;
}
