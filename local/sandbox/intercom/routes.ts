import { manageConversation, replyConversation } from './handlers/conversation-actions';
import { createConversation, retrieveConversation, searchConversations, updateConversation } from './handlers/conversations';
import { createContact, searchContacts } from './handlers/contacts';
import { identifyAdmin } from './handlers/me';
import { attachTagToConversation, createTag, detachTagFromConversation } from './handlers/tags';
import type { Route } from './route';

/**
 * The Intercom REST API 2.15 endpoints the sandbox serves: what the Deskbridge adapter calls.
 * Paths and operationIds as in the OpenAPI description; more specific paths first.
 */
export const ROUTES: Route[] = [
  { method: 'GET', path: '/me', operationId: 'identifyAdmin', handler: identifyAdmin },
  { method: 'POST', path: '/conversations/search', operationId: 'searchConversations', handler: searchConversations },
  { method: 'POST', path: '/conversations', operationId: 'createConversation', handler: createConversation },
  { method: 'GET', path: '/conversations/{conversation_id}', operationId: 'retrieveConversation', handler: retrieveConversation },
  { method: 'PUT', path: '/conversations/{conversation_id}', operationId: 'updateConversation', handler: updateConversation },
  { method: 'POST', path: '/conversations/{conversation_id}/reply', operationId: 'replyConversation', handler: replyConversation },
  { method: 'POST', path: '/conversations/{conversation_id}/parts', operationId: 'manageConversation', handler: manageConversation },
  { method: 'POST', path: '/conversations/{conversation_id}/tags', operationId: 'attachTagToConversation', handler: attachTagToConversation },
  { method: 'DELETE', path: '/conversations/{conversation_id}/tags/{tag_id}', operationId: 'detachTagFromConversation', handler: detachTagFromConversation },
  { method: 'POST', path: '/contacts/search', operationId: 'SearchContacts', handler: searchContacts },
  { method: 'POST', path: '/contacts', operationId: 'CreateContact', handler: createContact },
  { method: 'POST', path: '/tags', operationId: 'createTag', handler: createTag },
];
