import type { FdTicket } from '../../../../src/connectors/freshdesk/freshdesk-types';
import { json, page, paging, rejectUnknown, validationFailed } from '../http';
import { canSee, nextId, now, textOf } from '../state';
import { ticketListView, ticketView } from '../views';
import { applyTicketBody, checkTicketBody, requesterFor } from './ticket-body';
import { bodyOf, includes, visibleTicket, type FdHandler } from './context';

const LIST_QUERY = ['filter', 'requester_id', 'email', 'company_id', 'updated_since', 'order_by', 'order_type', 'page', 'per_page', 'include'];
const ORDER_BY = ['created_at', 'due_by', 'updated_at', 'status'];
const FILTERS = ['new_and_my_open', 'watching', 'spam', 'deleted'];
/** Freshdesk serves at most 300 pages of one ticket list. */
const MAX_PAGE = 300;
const DAY_MS = 86_400_000;

/** https://developers.freshdesk.com/api/#list_all_tickets */
export const listTickets: FdHandler = ({ request, state, agent }) => {
  const { query } = request;
  rejectUnknown(query.keys(), LIST_QUERY);
  const embed = includes(query, ['requester', 'stats', 'description']);
  const at = paging(query, MAX_PAGE);
  const since = query.get('updated_since');
  const orderBy = query.get('order_by') ?? 'created_at';
  const orderType = query.get('order_type') ?? 'desc';
  const filter = query.get('filter');
  if (since !== null && Number.isNaN(Date.parse(since))) throw validationFailed([{ field: 'updated_since', message: "It should be in the 'valid date time' format", code: 'invalid_value' }]);
  if (!ORDER_BY.includes(orderBy)) throw validationFailed([{ field: 'order_by', message: `It should be one of these values: '${ORDER_BY.join(',')}'`, code: 'invalid_value' }]);
  if (!['asc', 'desc'].includes(orderType)) throw validationFailed([{ field: 'order_type', message: "It should be one of these values: 'asc,desc'", code: 'invalid_value' }]);
  if (filter !== null && !FILTERS.includes(filter)) throw validationFailed([{ field: 'filter', message: `It should be one of these values: '${FILTERS.join(',')}'`, code: 'invalid_value' }]);

  const requesterId = query.get('requester_id');
  const email = query.get('email')?.toLowerCase();
  const matches = (ticket: FdTicket) =>
    canSee(agent, ticket) &&
    (filter === 'spam' ? ticket.spam === true : filter === 'deleted' ? ticket.deleted === true : !ticket.spam && !ticket.deleted) &&
    (filter !== 'new_and_my_open' || (ticket.status === 2 && (ticket.responder_id === null || ticket.responder_id === agent.id))) &&
    filter !== 'watching' &&
    // Without updated_since Freshdesk lists only tickets created in the last 30 days.
    (since !== null ? Date.parse(ticket.updated_at) >= Date.parse(since) : Date.parse(ticket.created_at) >= Date.now() - 30 * DAY_MS) &&
    (requesterId === null || String(ticket.requester_id) === requesterId) &&
    (email === undefined || state.contacts.some((contact) => contact.id === ticket.requester_id && contact.email?.toLowerCase() === email)) &&
    (!query.has('company_id') || String(ticket.company_id) === query.get('company_id'));
  const direction = orderType === 'asc' ? 1 : -1;
  const key = (ticket: FdTicket) => (orderBy === 'status' ? Number(ticket.status) : Date.parse(String(ticket[orderBy] ?? '')) || 0);
  const sorted = state.tickets
    .filter(matches)
    .map((ticket) => ({ ticket, key: key(ticket) }))
    .sort((a, b) => direction * (a.key - b.key || a.ticket.id - b.ticket.id))
    .map(({ ticket }) => ticket);
  const { items, headers } = page(sorted, request.host, request.path, query, at);
  return { response: json(200, items.map((ticket) => ticketListView(state, ticket, embed)), headers) };
};

/** https://developers.freshdesk.com/api/#view_a_ticket */
export const viewTicket: FdHandler = (context) => {
  rejectUnknown(context.request.query.keys(), ['include']);
  const embed = includes(context.request.query, ['conversations', 'requester', 'stats']);
  const ticket = visibleTicket(context);
  const view = ticketView(context.state, ticket, embed);
  if (embed.includes('conversations')) {
    // Embedded conversations are capped at ten, oldest first; the conversations endpoint pages the rest.
    view.conversations = context.state.conversations.filter((entry) => entry.ticket_id === ticket.id).slice(0, 10);
  }
  return { response: json(200, view) };
};

/** https://developers.freshdesk.com/api/#create_ticket */
export const createTicket: FdHandler = ({ request, state }) => {
  const body = bodyOf(request);
  checkTicketBody(state, body, true);
  const at = now();
  const ticket: FdTicket = {
    cc_emails: Array.isArray(body.cc_emails) ? body.cc_emails : [],
    fwd_emails: [],
    reply_cc_emails: Array.isArray(body.cc_emails) ? body.cc_emails : [],
    ticket_cc_emails: Array.isArray(body.cc_emails) ? body.cc_emails : [],
    fr_escalated: false,
    spam: false,
    email_config_id: null,
    group_id: null,
    priority: 1,
    requester_id: requesterFor(state, body),
    responder_id: null,
    source: 2,
    company_id: null,
    status: 2,
    subject: '',
    association_type: null,
    support_email: null,
    to_emails: null,
    product_id: null,
    id: nextId(state.tickets),
    type: null,
    due_by: new Date(Date.now() + 3 * DAY_MS).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    fr_due_by: new Date(Date.now() + DAY_MS).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    is_escalated: false,
    description: '',
    description_text: '',
    custom_fields: {},
    created_at: at,
    updated_at: at,
    tags: [],
    attachments: [],
    nr_due_by: null,
    nr_escalated: false,
  };
  applyTicketBody(ticket, body, textOf);
  state.tickets.push(ticket);
  return { response: json(201, ticketView(state, ticket), { location: `https://${request.host}/api/v2/tickets/${ticket.id}` }), changed: true };
};

/** https://developers.freshdesk.com/api/#update_ticket */
export const updateTicket: FdHandler = (context) => {
  const ticket = visibleTicket(context);
  const body = bodyOf(context.request);
  checkTicketBody(context.state, body, false);
  if ('email' in body || 'requester_id' in body) ticket.requester_id = requesterFor(context.state, body);
  applyTicketBody(ticket, body, textOf);
  ticket.updated_at = now();
  return { response: json(200, ticketView(context.state, ticket)), changed: true };
};
