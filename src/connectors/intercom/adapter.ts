import type { ConnectionCredentials, Connector, NewComment, NewTicket, TicketPage, TicketPatch } from '../connector';
import { ConnectorError } from '../http/connector-error';
import { contactFor, syncTags } from './contacts-and-tags';
import { conversationPath, intercomAnswer, intercomRequest, workspaceOf, type Workspace } from './intercom-request';
import { htmlToText, INTERCOM_STATUSES, toComment, toComments, toTicket, toVerifiedAccount } from './mappers';
import { intercomSpec } from './spec';
import type { IntercomConversation, IntercomConversationList, IntercomMessage } from './vendor-types';

/**
 * Intercom conversations as Deskbridge tickets. Conversations, not Intercom's Tickets API: every
 * workspace has them and every customer message lands in one, while tickets exist only where an
 * admin has set up ticket types; conversation parts carry the public reply / private note split
 * Deskbridge needs, and the conversation search filters on `updated_at` with cursor paging.
 */

const SEARCH_PAGE_SIZE = 50;
/** How long "waiting for the customer" snoozes a conversation: Intercom reopens it sooner if the customer replies. */
const SNOOZE_SECONDS = 7 * 24 * 60 * 60;
const GLOBAL_HOST = 'api.intercom.io';

export const intercomConnector: Connector = {
  spec: intercomSpec,

  /**
   * The token must identify an admin with an inbox seat: replies, notes and state changes are made
   * as that admin, and Intercom reserves them to seated teammates. Only an explicit
   * `has_inbox_seat: false` is refused; an answer without the field is taken at its word.
   */
  async verify(credentials) {
    let workspace: Workspace;
    try {
      workspace = await workspaceOf(credentials, true);
    } catch (error) {
      throw await verifyFailure(credentials, error);
    }
    if (workspace.me.has_inbox_seat === false) {
      const who = workspace.me.name || `admin ${workspace.adminId}`;
      throw new ConnectorError('forbidden', intercomSpec.messages.permission(`${who} has no inbox seat, so cannot reply to conversations or add notes`));
    }
    return toVerifiedAccount(workspace.me, credentials.domain);
  },

  async getTicket(credentials, id) {
    const [workspace, conversation] = await Promise.all([workspaceOf(credentials), getConversation(credentials, id)]);
    return toTicket(conversation, workspace);
  },

  async listTicketsUpdatedSince(credentials, since, cursor) {
    return (await searchConversations(credentials, since, cursor, SEARCH_PAGE_SIZE)).page;
  },

  /**
   * Starts a conversation from the requester (found by email, or created as a lead), titles it with
   * the subject, and tags it. Intercom's 2.15 API cannot set a conversation's priority: it is left.
   */
  async createTicket(credentials, ticket: NewTicket) {
    if (!ticket.requesterEmail) {
      throw new ConnectorError('invalid', 'Intercom conversations are started by a customer: the ticket needs a requester email.');
    }
    const workspace = await workspaceOf(credentials);
    const contact = await contactFor(credentials, ticket.requesterEmail);
    const fromType = contact.role === 'user' || contact.role === 'lead' ? contact.role : 'contact';
    // https://developers.intercom.com/docs/references/2.15/rest-api/api.intercom.io/conversations/createconversation
    const message = await intercomRequest<IntercomMessage>(credentials, {
      method: 'POST',
      path: '/conversations',
      body: { from: { type: fromType, id: contact.id }, body: htmlToText(ticket.description) || ticket.subject },
      notFound: `contact ${contact.id}`,
    });
    const id = String(message.conversation_id);
    if (ticket.tags?.length) await syncTags(credentials, id, workspace.adminId, [], ticket.tags);
    const conversation = ticket.subject.trim() ? await setTitle(credentials, id, ticket.subject) : await getConversation(credentials, id);
    return toTicket(conversation, workspace);
  },

  /**
   * Title, tags and state. A conversation's first message and priority cannot be changed through
   * Intercom's 2.15 API, so `description` and `priority` are left as they are.
   */
  async updateTicket(credentials, id, patch: TicketPatch) {
    const workspace = await workspaceOf(credentials);
    let latest: IntercomConversation | undefined;
    if (patch.tags) {
      const current = await getConversation(credentials, id);
      const changed = await syncTags(credentials, id, workspace.adminId, current.tags?.tags ?? [], patch.tags);
      latest = changed ? undefined : current;
    }
    if (patch.subject !== undefined && patch.subject.trim()) latest = await setTitle(credentials, id, patch.subject);
    if (patch.statusId !== undefined) latest = await changeState(credentials, id, workspace.adminId, patch.statusId);
    return toTicket(latest ?? (await getConversation(credentials, id)), workspace);
  },

  /** The conversation's parts (Intercom returns at most the 500 most recent) that carry a message. */
  async listComments(credentials, ticketId) {
    return (await readComments(credentials, ticketId)).comments;
  },

  async addComment(credentials, ticketId, comment: NewComment) {
    const { adminId } = await workspaceOf(credentials);
    const partType = comment.public ? 'comment' : 'note';
    // https://developers.intercom.com/docs/references/2.15/rest-api/api.intercom.io/conversations/replyconversation
    const conversation = await intercomRequest<IntercomConversation>(credentials, {
      method: 'POST',
      path: conversationPath(ticketId, '/reply'),
      body: { message_type: partType, type: 'admin', admin_id: adminId, body: comment.body },
      notFound: `conversation ${ticketId}`,
    });
    const parts = conversation.conversation_parts?.conversation_parts ?? [];
    const added = [...parts].reverse().find((part) => part.part_type === partType && String(part.author?.id) === adminId) ?? parts[parts.length - 1];
    const mapped = added ? toComment(added, ticketId) : undefined;
    if (!mapped) throw new ConnectorError('unavailable', 'Intercom accepted the reply but did not show it in the conversation. Check the conversation in Intercom.');
    return mapped;
  },

  /** Conversation states are fixed in Intercom: no request needed. */
  async listStatuses() {
    return INTERCOM_STATUSES.map((status) => ({ ...status }));
  },
};

/**
 * One page of conversations changed since `since`, oldest change first (`perPage` up to Intercom's
 * 150), with the answer's headers.
 */
export async function searchConversations(credentials: ConnectionCredentials, since: Date, cursor: string | undefined, perPage: number) {
  const workspace = await workspaceOf(credentials);
  // Dates compare in whole seconds; `> S - 1` keeps a change made during the second `since` falls in.
  const after = Math.floor(since.getTime() / 1000) - 1;
  // https://developers.intercom.com/docs/references/2.15/rest-api/api.intercom.io/conversations/searchconversations
  const { body: list, headers } = await intercomAnswer<IntercomConversationList>(credentials, {
    method: 'POST',
    path: '/conversations/search',
    body: {
      query: { field: 'updated_at', operator: '>', value: after },
      pagination: { per_page: perPage, ...(cursor ? { starting_after: cursor } : {}) },
    },
  });
  const next = list.pages?.next?.starting_after;
  const page: TicketPage = { tickets: (list.conversations ?? []).map((conversation) => toTicket(conversation, workspace)), ...(next ? { nextCursor: next } : {}) };
  return { page, headers };
}

/** A conversation's replies and notes (one read: its parts come with it), with the answer's headers. */
export async function readComments(credentials: ConnectionCredentials, id: string) {
  // https://developers.intercom.com/docs/references/2.15/rest-api/api.intercom.io/conversations/retrieveconversation
  const { body, headers } = await intercomAnswer<IntercomConversation>(credentials, { path: conversationPath(id), notFound: `conversation ${id}` });
  return { comments: toComments(body), headers };
}

// https://developers.intercom.com/docs/references/2.15/rest-api/api.intercom.io/conversations/retrieveconversation
function getConversation(credentials: ConnectionCredentials, id: string): Promise<IntercomConversation> {
  return intercomRequest<IntercomConversation>(credentials, { path: conversationPath(id), notFound: `conversation ${id}` });
}

// https://developers.intercom.com/docs/references/2.15/rest-api/api.intercom.io/conversations/updateconversation
function setTitle(credentials: ConnectionCredentials, id: string, title: string): Promise<IntercomConversation> {
  return intercomRequest<IntercomConversation>(credentials, { method: 'PUT', path: conversationPath(id), body: { title: title.trim() }, notFound: `conversation ${id}` });
}

// https://developers.intercom.com/docs/references/2.15/rest-api/api.intercom.io/conversations/manageconversation
function changeState(credentials: ConnectionCredentials, id: string, adminId: string, statusId: string): Promise<IntercomConversation> {
  const bodies: Record<string, object> = {
    open: { message_type: 'open', admin_id: adminId },
    closed: { message_type: 'close', type: 'admin', admin_id: adminId },
    snoozed: { message_type: 'snoozed', admin_id: adminId, snoozed_until: Math.floor(Date.now() / 1000) + SNOOZE_SECONDS },
  };
  const body = bodies[statusId];
  if (!body) throw new ConnectorError('invalid', `Intercom has no status "${statusId.slice(0, 40)}": use ${INTERCOM_STATUSES.map((status) => status.id).join(', ')}.`);
  return intercomRequest<IntercomConversation>(credentials, { method: 'POST', path: conversationPath(id, '/parts'), body, notFound: `conversation ${id}` });
}

/**
 * What a failed `/me` means for a connection. A regional host that does not know the token
 * answers 401; if api.intercom.io (which routes every token to its region) accepts it, the token is
 * fine and the workspace lives in another region: "no workspace here", not "bad token".
 */
async function verifyFailure(credentials: ConnectionCredentials, error: unknown): Promise<unknown> {
  if (!(error instanceof ConnectorError)) return error;
  const noAccount = (hint = '') => new ConnectorError('not-found', `${intercomSpec.messages.noAccount(credentials.domain)}${hint}`, error.status);
  if (error.kind === 'not-found') return noAccount();
  if (error.kind !== 'auth' || credentials.domain === GLOBAL_HOST) return error;
  try {
    const elsewhere = await workspaceOf({ ...credentials, domain: GLOBAL_HOST }, true);
    const region = elsewhere.region ? ` This token's workspace is hosted in region ${elsewhere.region}.` : '';
    return noAccount(region);
  } catch {
    return error;
  }
}
