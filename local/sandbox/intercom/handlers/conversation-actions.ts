import { actingAdmin } from '../auth';
import { badRequest, missing, notFound } from '../errors';
import type { Handler, HandlerContext } from '../route';
import { authorOf, completePart, conversationView, textToHtml } from '../shapes';
import { nextId, type SandboxAdmin, type SandboxContact, type SandboxConversation } from '../state';
import { conversationFrom } from './conversations';

/**
 * Replies, notes and state changes: each adds a conversation part and moves the conversation's
 * state, `waiting_since` (set while a customer waits for a teammate, null once a teammate replied)
 * and statistics the way Intercom's inbox does.
 */

function addPart(context: HandlerContext, conversation: SandboxConversation, author: SandboxAdmin | SandboxContact, partType: string, body: string | null, extra: Record<string, unknown> = {}) {
  const part = completePart({ id: nextId(context.state), part_type: partType, body, created_at: context.now, author: authorOf(author), state: conversation.state, ...extra }, context.now);
  conversation.conversation_parts.conversation_parts.push(part);
  conversation.conversation_parts.total_count = conversation.conversation_parts.conversation_parts.length;
  conversation.updated_at = context.now;
  const stats = conversation.statistics;
  stats.count_conversation_parts = conversation.conversation_parts.total_count;
  if (author.type === 'admin') {
    const teammates = (conversation.teammates as { type: string; teammates: { type: string; id: string }[] } | null | undefined) ?? { type: 'admin.list', teammates: [] };
    if (!teammates.teammates.some((teammate) => teammate.id === author.id)) teammates.teammates.push({ type: 'admin', id: author.id });
    conversation.teammates = teammates;
  }
  return part;
}

function reopen(conversation: SandboxConversation) {
  if (conversation.state === 'closed') conversation.statistics.count_reopens = (conversation.statistics.count_reopens ?? 0) + 1;
  conversation.state = 'open';
  conversation.open = true;
  conversation.snoozed_until = null;
}

/**
 * An admin's reply (`comment`, the customer sees it) or note (`note`, teammates only), or a
 * contact's reply, which reopens a closed or snoozed conversation. `conversation_id` may be
 * `last`: the contact's most recent conversation.
 * https://developers.intercom.com/docs/references/2.15/rest-api/api.intercom.io/conversations/replyconversation
 */
export const replyConversation: Handler = (context) => {
  const { body, state, now } = context;
  const messageType = String(body.message_type ?? '');
  if (body.type === 'admin') {
    if (!['comment', 'note', 'quick_reply'].includes(messageType)) throw badRequest('message_type must be comment, note or quick_reply');
    const admin = actingAdmin(state, body.admin_id, true);
    const conversation = conversationFrom(context);
    if (messageType !== 'quick_reply' && (typeof body.body !== 'string' || !body.body.trim())) throw missing('body');
    const html = typeof body.body === 'string' ? (/<[a-z][\s\S]*>/i.test(body.body) ? body.body : `<p>${body.body}</p>`) : null;
    addPart(context, conversation, admin, messageType, html);
    if (messageType !== 'note') {
      conversation.waiting_since = null;
      conversation.statistics.first_admin_reply_at ??= now;
      conversation.statistics.last_admin_reply_at = now;
    }
    return { changed: true, body: conversationView(conversation) };
  }
  if (body.type === 'user') {
    if (messageType !== 'comment') throw badRequest('message_type must be comment');
    if (typeof body.body !== 'string' || !body.body.trim()) throw missing('body');
    const contact = state.contacts.find((candidate) =>
      body.intercom_user_id !== undefined ? candidate.id === String(body.intercom_user_id) : body.email !== undefined ? candidate.email === body.email : candidate.external_id === body.user_id,
    );
    if (!contact) throw notFound('User Not Found');
    const conversation =
      context.params.conversation_id === 'last'
        ? [...state.conversations].sort((a, b) => b.created_at - a.created_at).find((candidate) => candidate.contacts.contacts.some((entry) => entry.id === contact.id))
        : conversationFrom(context);
    if (!conversation) throw notFound();
    // A customer's reply reopens the conversation; Intercom records that reply as an `open` part.
    const reopened = conversation.state !== 'open';
    if (reopened) reopen(conversation);
    addPart(context, conversation, contact, reopened ? 'open' : 'comment', textToHtml(body.body));
    conversation.waiting_since ??= now;
    conversation.statistics.last_contact_reply_at = now;
    contact.last_replied_at = now;
    return { changed: true, body: conversationView(conversation) };
  }
  throw badRequest('type must be admin or user');
};

/**
 * Close, snooze, open or assign.
 * https://developers.intercom.com/docs/references/2.15/rest-api/api.intercom.io/conversations/manageconversation
 */
export const manageConversation: Handler = (context) => {
  const { body, state, now } = context;
  const admin = actingAdmin(state, body.admin_id, true);
  const conversation = conversationFrom(context);
  const note = typeof body.body === 'string' && body.body.trim() ? textToHtml(body.body) : null;
  switch (body.message_type) {
    case 'close':
      conversation.state = 'closed';
      conversation.open = false;
      conversation.snoozed_until = null;
      conversation.waiting_since = null;
      conversation.statistics.first_close_at ??= now;
      conversation.statistics.last_close_at = now;
      conversation.statistics.last_closed_by_id = admin.id;
      addPart(context, conversation, admin, 'close', note);
      break;
    case 'snoozed': {
      const until = body.snoozed_until;
      if (typeof until !== 'number' || !Number.isInteger(until)) throw missing('snoozed_until');
      if (until <= now) throw badRequest('snoozed_until must be in the future');
      conversation.state = 'snoozed';
      conversation.open = true;
      conversation.snoozed_until = until;
      addPart(context, conversation, admin, 'snoozed', null);
      break;
    }
    case 'open':
      reopen(conversation);
      addPart(context, conversation, admin, 'open', null);
      break;
    case 'assignment': {
      const kind = body.type === 'team' ? 'team' : 'admin';
      const assignee = String(body.assignee_id ?? '');
      if (!assignee) throw missing('assignee_id');
      if (kind === 'admin' && assignee !== '0' && !state.admins.some((candidate) => candidate.id === assignee)) throw notFound('Admin not found', 'admin_not_found');
      const value = assignee === '0' ? null : Number(assignee);
      if (kind === 'admin') conversation.admin_assignee_id = value;
      else conversation.team_assignee_id = value;
      conversation.statistics.count_assignments = Number(conversation.statistics.count_assignments ?? 0) + 1;
      addPart(context, conversation, admin, 'assignment', note, { assigned_to: value === null ? null : { type: kind, id: String(value) } });
      break;
    }
    default:
      throw badRequest('message_type must be close, snoozed, open or assignment');
  }
  return { changed: true, body: conversationView(conversation) };
};

/** Snoozed conversations whose time has come are open again (Intercom does this on its own clock). */
export function wakeSnoozed(conversations: SandboxConversation[], now: number): boolean {
  let woke = false;
  for (const conversation of conversations) {
    if (conversation.state === 'snoozed' && conversation.snoozed_until !== null && conversation.snoozed_until <= now) {
      conversation.state = 'open';
      conversation.snoozed_until = null;
      woke = true;
    }
  }
  return woke;
}
