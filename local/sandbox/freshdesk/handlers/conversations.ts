import type { FdConversation } from '../../../../src/connectors/freshdesk/freshdesk-types';
import { json, page, paging, rejectUnknown, validationFailed, type FieldError } from '../http';
import { nextId, now, textOf } from '../state';
import { conversationView, noteView, replyView } from '../views';
import { bodyOf, visibleTicket, type FdContext, type FdHandler } from './context';

/** https://developers.freshdesk.com/api/#list_all_ticket_notes: replies and notes, oldest first. */
export const listConversations: FdHandler = (context) => {
  const { request, state } = context;
  rejectUnknown(request.query.keys(), ['page', 'per_page']);
  const at = paging(request.query);
  const ticket = visibleTicket(context);
  const entries = state.conversations
    .filter((entry) => entry.ticket_id === ticket.id)
    .sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id);
  const { items, headers } = page(entries, request.host, request.path, request.query, at);
  return { response: json(200, items.map(conversationView), headers) };
};

/** https://developers.freshdesk.com/api/#reply_ticket */
export const replyToTicket: FdHandler = (context) => {
  const body = checkBody(context, ['body', 'from_email', 'user_id', 'cc_emails', 'bcc_emails', 'attachments']);
  const requester = context.state.contacts.find((contact) => contact.id === ticketOf(context).requester_id);
  const entry = addEntry(context, body, {
    incoming: false,
    private: false,
    source: 0,
    support_email: `support@${context.request.host}`,
    from_email: typeof body.from_email === 'string' ? body.from_email : `support@${context.request.host}`,
    to_emails: requester?.email ? [requester.email] : [],
    cc_emails: Array.isArray(body.cc_emails) ? body.cc_emails : [],
    bcc_emails: Array.isArray(body.bcc_emails) ? body.bcc_emails : [],
  });
  return { response: json(201, replyView(entry)), changed: true };
};

/** https://developers.freshdesk.com/api/#add_note_to_a_ticket: private unless `private: false`. */
export const addNote: FdHandler = (context) => {
  const body = checkBody(context, ['body', 'incoming', 'notify_emails', 'private', 'user_id', 'attachments']);
  const entry = addEntry(context, body, {
    incoming: body.incoming === true,
    private: body.private !== false,
    source: 2,
    support_email: null,
    from_email: null,
    to_emails: Array.isArray(body.notify_emails) ? body.notify_emails : [],
    cc_emails: [],
    bcc_emails: [],
    notified_to: Array.isArray(body.notify_emails) ? body.notify_emails : [],
  });
  return { response: json(201, noteView(entry)), changed: true };
};

const ticketOf = (context: FdContext) => visibleTicket(context);

function checkBody(context: FdContext, allowed: string[]): Record<string, unknown> {
  visibleTicket(context);
  const body = bodyOf(context.request);
  rejectUnknown(Object.keys(body), allowed);
  const errors: FieldError[] = [];
  if (typeof body.body !== 'string' || !body.body.trim()) errors.push({ field: 'body', message: 'It should be a/an String', code: body.body === undefined ? 'missing_field' : 'datatype_mismatch' });
  for (const flag of ['private', 'incoming']) {
    if (flag in body && typeof body[flag] !== 'boolean') errors.push({ field: flag, message: 'It should be a/an Boolean', code: 'datatype_mismatch' });
  }
  if ('user_id' in body && !context.state.agents.some((agent) => agent.id === body.user_id)) {
    errors.push({ field: 'user_id', message: 'There is no agent matching the given user_id', code: 'invalid_value' });
  }
  if (errors.length) throw validationFailed(errors);
  return body;
}

function addEntry(context: FdContext, body: Record<string, unknown>, fields: Partial<FdConversation>): FdConversation {
  const ticket = visibleTicket(context);
  const at = now();
  const html = body.body as string;
  const entry: FdConversation = {
    body: html,
    body_text: textOf(html),
    id: nextId(context.state.conversations, 43000000500),
    user_id: typeof body.user_id === 'number' ? body.user_id : context.agent.id,
    ticket_id: ticket.id,
    ...fields,
    attachments: [],
    created_at: at,
    updated_at: at,
    last_edited_at: null,
    last_edited_user_id: null,
  };
  context.state.conversations.push(entry);
  ticket.updated_at = at;
  return entry;
}
