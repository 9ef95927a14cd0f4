import type { Ticket, TicketComment, TicketStatus, VerifiedAccount } from '../connector';
import type { IntercomConversation, IntercomMe, IntercomPart } from './vendor-types';

/**
 * Pure translations between Intercom's conversation objects and Deskbridge's tickets. Bodies stay
 * the HTML Intercom stores; nothing here calls the network.
 */

/** Where the workspace's inbox lives, for links an agent can open. */
export interface WorkspaceContext {
  /** The app's `id_code` from `/me` (the "workspace id" in inbox URLs). */
  appIdCode: string;
  /** The app's hosting region from `/me` (US, EU, AU). */
  region?: string;
}

/**
 * The three states a conversation can be put in (`POST /conversations/{id}/parts`). An open
 * conversation's bucket depends on who spoke last (see statusOf); these are the defaults.
 */
export const INTERCOM_STATUSES: readonly TicketStatus[] = [
  { id: 'open', name: 'Open', bucket: 'in-progress' },
  { id: 'snoozed', name: 'Snoozed', bucket: 'waiting' },
  { id: 'closed', name: 'Closed', bucket: 'resolved' },
];

/**
 * A conversation's status: its state, with an open one sorted by `waiting_since` (set while the
 * customer waits for a teammate, null once a teammate replied last) and its statistics:
 * not answered yet (or reopened and not answered since) → new; customer waiting → in progress;
 * teammate replied last → waiting for the customer.
 */
export function statusOf(conversation: IntercomConversation): TicketStatus {
  if (conversation.state === 'closed') return { id: 'closed', name: 'Closed', bucket: 'resolved' };
  if (conversation.state === 'snoozed') return { id: 'snoozed', name: 'Snoozed', bucket: 'waiting' };
  if (conversation.waiting_since == null) return { id: 'open', name: 'Open, waiting for the customer', bucket: 'waiting' };
  const stats = conversation.statistics;
  if (stats && stats.first_admin_reply_at == null) return { id: 'open', name: 'Open, not answered yet', bucket: 'new' };
  if (stats?.last_close_at != null && (stats.last_admin_reply_at ?? 0) < stats.last_close_at) {
    return { id: 'open', name: 'Reopened', bucket: 'new' };
  }
  return { id: 'open', name: 'Open, waiting for a teammate', bucket: 'in-progress' };
}

export function toTicket(conversation: IntercomConversation, workspace: WorkspaceContext): Ticket {
  const contactId = conversation.contacts?.contacts?.[0]?.id;
  const author = conversation.source?.author;
  const authorIsContact = author && ['user', 'lead', 'contact'].includes(author.type ?? '') && (!contactId || author.id === contactId);
  return {
    id: String(conversation.id),
    subject: subjectOf(conversation),
    description: conversation.source?.body ?? '',
    status: statusOf(conversation),
    priority: conversation.priority === 'priority' ? 'high' : 'normal',
    requester:
      contactId || authorIsContact
        ? {
            id: contactId ?? String(author?.id),
            ...(authorIsContact && author?.email ? { email: author.email } : {}),
            ...(authorIsContact && author?.name ? { name: author.name } : {}),
          }
        : undefined,
    tags: (conversation.tags?.tags ?? []).map((tag) => tag.name),
    createdAt: isoFromUnix(conversation.created_at),
    updatedAt: isoFromUnix(conversation.updated_at),
    url: conversationUrl(workspace, String(conversation.id)),
  };
}

/** The title a teammate gave it, else the email subject, else the start of the first message. */
export function subjectOf(conversation: IntercomConversation): string {
  const candidates = [conversation.title, textOf(conversation.source?.subject ?? ''), excerpt(textOf(conversation.source?.body ?? ''), 80)];
  return candidates.find((candidate) => candidate && candidate.trim())?.trim() ?? `Conversation ${conversation.id}`;
}

/** Parts that carry a message: replies (public), notes (private), and messages left with a close, reopen or assignment. */
export function toComments(conversation: IntercomConversation): TicketComment[] {
  const parts = conversation.conversation_parts?.conversation_parts ?? [];
  return parts.map((part) => toComment(part, String(conversation.id))).filter((comment): comment is TicketComment => comment !== undefined);
}

/** Part types that carry a message the customer sees when they have a body (a reply that reopened, a closing word). */
const PUBLIC_WITH_BODY = new Set(['comment', 'close', 'open', 'assignment', 'assign_and_reopen']);

export function toComment(part: IntercomPart, ticketId: string): TicketComment | undefined {
  const isNote = part.part_type === 'note';
  if (!isNote && !PUBLIC_WITH_BODY.has(part.part_type ?? '')) return undefined;
  if (part.body == null || (part.part_type !== 'comment' && !isNote && !part.body.trim())) return undefined;
  return {
    id: String(part.id),
    ticketId,
    body: part.body,
    public: !isNote,
    ...(part.author?.id ? { authorId: String(part.author.id) } : {}),
    createdAt: isoFromUnix(part.created_at),
  };
}

export function toVerifiedAccount(me: IntercomMe, domain: string): VerifiedAccount {
  const app = me.app;
  return {
    account: app?.name ? `${app.name} (${app.id_code ?? 'workspace'}, ${domain})` : domain,
    agentName: me.name || `admin ${me.id}`,
  };
}

/** The inbox link of a conversation, on the web host of the workspace's region. */
export function conversationUrl(workspace: WorkspaceContext, id: string): string {
  const region = (workspace.region ?? 'US').toUpperCase();
  const host = region === 'EU' ? 'app.eu.intercom.com' : region === 'AU' ? 'app.au.intercom.com' : 'app.intercom.com';
  return `https://${host}/a/inbox/${encodeURIComponent(workspace.appIdCode)}/inbox/conversation/${encodeURIComponent(id)}`;
}

/**
 * Intercom's create-conversation `body` takes plain text ("HTML is not supported"): block ends
 * become line breaks, tags go, the five XML entities are decoded.
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6]|blockquote|pre|tr)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export const isoFromUnix = (seconds: number): string => new Date(seconds * 1000).toISOString();

const textOf = (html: string): string => htmlToText(html).replace(/\s+/g, ' ');

function excerpt(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
