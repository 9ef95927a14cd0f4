import type { ConnectionCredentials } from '../connector';
import { ConnectorError } from '../http/connector-error';
import { conversationPath, intercomRequest } from './intercom-request';
import type { IntercomContact, IntercomContactList, IntercomTag } from './vendor-types';

/**
 * The contact a new conversation starts from: Intercom only lets a contact (user or lead) open
 * one, so the requester is looked up by email and created as a lead when Intercom does not know
 * them yet (a lead, not a user: Deskbridge has no user_id of the customer's product to give).
 */
export async function contactFor(credentials: ConnectionCredentials, email: string): Promise<IntercomContact> {
  const address = email.trim();
  if (!/^[^\s@]+@[^\s@]+$/.test(address)) throw new ConnectorError('invalid', `"${address.slice(0, 100)}" is not an email address Intercom can start a conversation from.`);
  // https://developers.intercom.com/docs/references/2.15/rest-api/api.intercom.io/contacts/searchcontacts
  const found = await intercomRequest<IntercomContactList>(credentials, {
    method: 'POST',
    path: '/contacts/search',
    body: { query: { field: 'email', operator: '=', value: address }, pagination: { per_page: 1 } },
  });
  if (found.data?.[0]) return found.data[0];
  // https://developers.intercom.com/docs/references/2.15/rest-api/api.intercom.io/contacts/createcontact
  return intercomRequest<IntercomContact>(credentials, { method: 'POST', path: '/contacts', body: { role: 'lead', email: address } });
}

/**
 * Makes a conversation's tags exactly `wanted` (by name, case-insensitive as Intercom's are):
 * a missing tag is created or found by name, then attached; an extra one is detached.
 */
export async function syncTags(credentials: ConnectionCredentials, conversationId: string, adminId: string, current: IntercomTag[], wanted: string[]): Promise<boolean> {
  const key = (name: string) => name.trim().toLowerCase();
  const wantedNames = [...new Map(wanted.filter((name) => name.trim()).map((name) => [key(name), name.trim()])).values()];
  const toAdd = wantedNames.filter((name) => !current.some((tag) => key(tag.name) === key(name)));
  const toRemove = current.filter((tag) => !wantedNames.some((name) => key(name) === key(tag.name)));
  for (const name of toAdd) {
    // "Create or update a tag": with a name only, Intercom answers the existing tag of that name or a new one.
    // https://developers.intercom.com/docs/references/2.15/rest-api/api.intercom.io/tags/createtag
    const tag = await intercomRequest<IntercomTag>(credentials, { method: 'POST', path: '/tags', body: { name } });
    // https://developers.intercom.com/docs/references/2.15/rest-api/api.intercom.io/tags/attachtagtoconversation
    await intercomRequest<IntercomTag>(credentials, {
      method: 'POST',
      path: conversationPath(conversationId, '/tags'),
      body: { id: String(tag.id), admin_id: adminId },
      notFound: `conversation ${conversationId}`,
    });
  }
  for (const tag of toRemove) {
    // https://developers.intercom.com/docs/references/2.15/rest-api/api.intercom.io/tags/detachtagfromconversation
    await intercomRequest<IntercomTag>(credentials, {
      method: 'DELETE',
      path: conversationPath(conversationId, `/tags/${encodeURIComponent(String(tag.id))}`),
      body: { admin_id: adminId },
      notFound: `tag "${tag.name}" on conversation ${conversationId}`,
    });
  }
  return toAdd.length + toRemove.length > 0;
}
