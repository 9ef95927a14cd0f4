import { badRequest, IntercomError } from '../errors';
import type { Handler } from '../route';
import { compareIds, compileQuery, pageOf, readPath } from '../search';
import { completeContact } from '../shapes';
import { nextContactId } from '../state';

/**
 * Contacts (users and leads): searched by any attribute, created with an email, external_id or role.
 * https://developers.intercom.com/docs/references/2.15/rest-api/api.intercom.io/contacts/searchcontacts
 */
export const searchContacts: Handler = ({ state, body }) => {
  const matches = compileQuery(body.query, readPath);
  const sorted = state.contacts.filter((contact) => matches(contact)).sort((a, b) => a.created_at - b.created_at || compareIds(a.id, b.id));
  const page = pageOf(sorted, body.pagination, (contact) => contact.created_at);
  return { body: { type: 'list', data: page.items, total_count: page.total, pages: page.pages } };
};

/**
 * A contact with the same email (or external_id) and role already exists: Intercom answers 409.
 * https://developers.intercom.com/docs/references/2.15/rest-api/api.intercom.io/contacts/createcontact
 */
export const createContact: Handler = ({ state, body, now }) => {
  if (body.email === undefined && body.external_id === undefined && body.role === undefined) throw badRequest('Provide one of email, external_id or role', 'parameter_not_found');
  if (body.email !== undefined && (typeof body.email !== 'string' || !/^[^\s@]+@[^\s@]+$/.test(body.email))) throw badRequest('email is not a valid email address');
  const role = body.role === undefined ? 'user' : String(body.role);
  if (!['user', 'lead'].includes(role)) throw badRequest('role must be user or lead');
  const duplicate = state.contacts.find(
    (contact) =>
      contact.role === role &&
      ((typeof body.email === 'string' && contact.email?.toLowerCase() === body.email.toLowerCase()) || (body.external_id !== undefined && contact.external_id === body.external_id)),
  );
  if (duplicate) throw new IntercomError(409, 'conflict', `A contact matching those details already exists with id=${duplicate.id}`);
  const { role: _role, ...fields } = body;
  const contact = completeContact({ ...fields, id: nextContactId(state), role, created_at: now, updated_at: now, signed_up_at: role === 'user' ? now : null }, state.app.id_code, now);
  state.contacts.push(contact);
  return { changed: true, body: { ...contact, enabled_push_messaging: null } };
};
