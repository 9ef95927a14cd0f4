import { badRequest, missing, notFound } from '../errors';
import type { Handler, HandlerContext } from '../route';
import { compareIds, compileQuery, pageOf, readPath } from '../search';
import { authorOf, completeConversation, conversationListItem, conversationView, textToHtml } from '../shapes';
import { nextId, type SandboxConversation } from '../state';

/** Looks a conversation up by its path id; Intercom answers 404 `Resource Not Found` otherwise. */
export function conversationFrom(context: HandlerContext, key = 'conversation_id'): SandboxConversation {
  const conversation = context.state.conversations.find((candidate) => candidate.id === context.params[key]);
  if (!conversation) throw notFound();
  return conversation;
}

// https://developers.intercom.com/docs/references/2.15/rest-api/api.intercom.io/conversations/retrieveconversation
export const retrieveConversation: Handler = (context) => ({ body: conversationView(conversationFrom(context)) });

/** Search fields that are not plain paths of the conversation object. */
function readConversationField(item: Record<string, unknown>, field: string): unknown {
  const conversation = item as SandboxConversation;
  if (field === 'contact_ids') return conversation.contacts.contacts.map((contact) => contact.id);
  if (field === 'tag_ids') return conversation.tags.tags.map((tag) => tag.id);
  if (field === 'teammate_ids') return ((conversation.teammates as { teammates?: { id: string }[] } | null)?.teammates ?? []).map((teammate) => teammate.id);
  if (field === 'source.body') return String(conversation.source.body ?? '').replace(/<[^>]*>/g, ' ').split(/\s+/).filter(Boolean);
  return readPath(item, field);
}

/**
 * Sorted oldest change first (by updated_at, then id): the description does not say in which
 * order Intercom lists search results; a stable order is what cursor paging needs.
 * https://developers.intercom.com/docs/references/2.15/rest-api/api.intercom.io/conversations/searchconversations
 */
export const searchConversations: Handler = ({ state, body }) => {
  const matches = compileQuery(body.query, readConversationField);
  const sorted = state.conversations.filter((conversation) => matches(conversation)).sort((a, b) => a.updated_at - b.updated_at || compareIds(a.id, b.id));
  const page = pageOf(sorted, body.pagination, (conversation) => conversation.updated_at);
  return { body: { type: 'conversation.list', pages: page.pages, total_count: page.total, conversations: page.items.map(conversationListItem) } };
};

/**
 * A contact starts a conversation (an in-app message): `from` names the contact by Intercom id.
 * The answer is the message, with the new conversation's id.
 * https://developers.intercom.com/docs/references/2.15/rest-api/api.intercom.io/conversations/createconversation
 */
export const createConversation: Handler = ({ state, body, now }) => {
  const from = body.from as { type?: unknown; id?: unknown } | undefined;
  if (!from || typeof from !== 'object') throw missing('from');
  if (!['user', 'lead', 'contact'].includes(String(from.type))) throw badRequest('from.type must be user, lead or contact');
  if (typeof body.body !== 'string' || !body.body.trim()) throw missing('body');
  const contact = state.contacts.find((candidate) => candidate.id === String(from.id));
  if (!contact) throw notFound('User Not Found');
  const messageId = nextId(state);
  const created = typeof body.created_at === 'number' ? body.created_at : now;
  const conversation = completeConversation(
    {
      id: nextId(state),
      created_at: created,
      updated_at: now,
      waiting_since: created,
      source: { type: 'conversation', id: messageId, delivered_as: 'customer_initiated', subject: '', body: textToHtml(body.body), author: authorOf(contact) },
      contacts: { type: 'contact.list', contacts: [{ type: 'contact', id: contact.id, external_id: (contact.external_id as string | null) ?? null }] },
      first_contact_reply: { created_at: created, type: 'conversation', url: null },
      statistics: { type: 'conversation_statistics', first_contact_reply_at: created, last_contact_reply_at: created, count_reopens: 0, count_assignments: 0, count_conversation_parts: 1 },
    },
    now,
  );
  state.conversations.push(conversation);
  contact.last_replied_at = created;
  return {
    changed: true,
    body: { type: 'user_message', id: messageId, created_at: created, body: body.body, message_type: 'inapp', conversation_id: conversation.id },
  };
};

/**
 * Title, read flag and custom attributes. (Replies and state changes have their own endpoints.)
 * https://developers.intercom.com/docs/references/2.15/rest-api/api.intercom.io/conversations/updateconversation
 */
export const updateConversation: Handler = (context) => {
  const conversation = conversationFrom(context);
  const { body, now } = context;
  if (body.title !== undefined && typeof body.title !== 'string') throw badRequest('title must be a string');
  if (body.read !== undefined && typeof body.read !== 'boolean') throw badRequest('read must be a boolean');
  if (body.custom_attributes !== undefined && (typeof body.custom_attributes !== 'object' || body.custom_attributes === null || Array.isArray(body.custom_attributes))) {
    throw badRequest('custom_attributes must be an object');
  }
  if (typeof body.title === 'string') conversation.title = body.title;
  if (typeof body.read === 'boolean') conversation.read = body.read;
  if (body.custom_attributes) conversation.custom_attributes = { ...(conversation.custom_attributes as object), ...(body.custom_attributes as object) };
  conversation.updated_at = now;
  return { changed: true, body: conversationView(conversation) };
};
