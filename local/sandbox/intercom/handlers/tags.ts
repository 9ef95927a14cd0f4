import { actingAdmin } from '../auth';
import { badRequest, missing, notFound } from '../errors';
import type { Handler } from '../route';
import { nextId } from '../state';
import { conversationFrom } from './conversations';

/**
 * Tags: created (or found: names are case-insensitive) by name, renamed by id, attached to and
 * detached from conversations by an admin.
 * https://developers.intercom.com/docs/references/2.15/rest-api/api.intercom.io/tags/createtag
 */
export const createTag: Handler = ({ state, body }) => {
  if (body.companies !== undefined || body.users !== undefined) throw badRequest('invalid tag parameters');
  if (typeof body.name !== 'string' || !body.name.trim()) throw missing('name');
  const name = body.name.trim();
  if (body.id !== undefined) {
    const tag = state.tags.find((candidate) => candidate.id === String(body.id));
    if (!tag) throw notFound('Tag not found');
    tag.name = name;
    return { changed: true, body: { type: 'tag', id: tag.id, name: tag.name } };
  }
  const existing = state.tags.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
  if (existing) return { body: { type: 'tag', id: existing.id, name: existing.name } };
  const tag = { type: 'tag' as const, id: nextId(state), name };
  state.tags.push(tag);
  return { changed: true, body: { ...tag } };
};

// https://developers.intercom.com/docs/references/2.15/rest-api/api.intercom.io/tags/attachtagtoconversation
export const attachTagToConversation: Handler = (context) => {
  const { state, body, now } = context;
  const admin = actingAdmin(state, body.admin_id, false);
  const conversation = conversationFrom(context);
  const tag = state.tags.find((candidate) => candidate.id === String(body.id ?? ''));
  if (!tag) throw notFound('Tag not found');
  let applied = conversation.tags.tags.find((candidate) => candidate.id === tag.id);
  if (!applied) {
    applied = { type: 'tag', id: tag.id, name: tag.name, applied_at: now, applied_by: { type: 'admin', id: admin.id } };
    conversation.tags.tags.push(applied);
    conversation.updated_at = now;
  }
  return { changed: true, body: { type: 'tag', id: tag.id, name: tag.name, applied_at: applied.applied_at ?? now, applied_by: applied.applied_by ?? { type: 'admin', id: admin.id } } };
};

// https://developers.intercom.com/docs/references/2.15/rest-api/api.intercom.io/tags/detachtagfromconversation
export const detachTagFromConversation: Handler = (context) => {
  const { state, body, now, params } = context;
  const admin = actingAdmin(state, body.admin_id, false);
  const conversation = conversationFrom(context);
  const tag = state.tags.find((candidate) => candidate.id === params.tag_id);
  if (!tag) throw notFound('Tag not found');
  const applied = conversation.tags.tags.find((candidate) => candidate.id === tag.id);
  if (applied) {
    conversation.tags.tags = conversation.tags.tags.filter((candidate) => candidate.id !== tag.id);
    conversation.updated_at = now;
  }
  return { changed: true, body: { type: 'tag', id: tag.id, name: tag.name, applied_at: applied?.applied_at ?? now, applied_by: applied?.applied_by ?? { type: 'admin', id: admin.id } } };
};
