import type { NewComment, NewTicket, Ticket, TicketComment, TicketPatch, TicketStatus, VerifiedAccount } from '../connector';
import { ConnectorError } from '../http/connector-error';
import type { ZendeskAudit, ZendeskComment, ZendeskErrorBody, ZendeskPriority, ZendeskStatusName, ZendeskTicket, ZendeskTicketInput, ZendeskUser } from './vendor-types';

/**
 * Pure translations between Zendesk Support's JSON and Deskbridge's tickets and comments.
 * No I/O here, so every rule is tested against the recorded fixtures alone.
 */

/**
 * Zendesk's six system statuses in its own order. `hold` ("On-hold": the agent waits for a third
 * party) counts as in progress; only `pending` waits for the requester.
 */
export const ZENDESK_STATUSES: readonly TicketStatus[] = [
  { id: 'new', name: 'New', bucket: 'new' },
  { id: 'open', name: 'Open', bucket: 'in-progress' },
  { id: 'pending', name: 'Pending', bucket: 'waiting' },
  { id: 'hold', name: 'On-hold', bucket: 'in-progress' },
  { id: 'solved', name: 'Solved', bucket: 'resolved' },
  { id: 'closed', name: 'Closed', bucket: 'resolved' },
];

const PRIORITIES: readonly ZendeskPriority[] = ['urgent', 'high', 'normal', 'low'];

/** A status Zendesk sent; an unknown one (a future system status) is shown as in progress, never dropped. */
export function toStatus(name: string): TicketStatus {
  return ZENDESK_STATUSES.find((status) => status.id === name) ?? { id: name, name, bucket: 'in-progress' };
}

/** Where an agent opens the ticket: the agent workspace, not the API URL Zendesk puts in `url`. */
export const agentTicketUrl = (domain: string, id: number | string) => `https://${domain}/agent/tickets/${id}`;

export function toTicket(ticket: ZendeskTicket, domain: string): Ticket {
  return {
    id: String(ticket.id),
    subject: ticket.subject ?? '',
    description: plainTextToHtml(ticket.description ?? ''),
    status: toStatus(ticket.status),
    ...(ticket.priority ? { priority: ticket.priority } : {}),
    ...(ticket.requester_id != null ? { requester: { id: String(ticket.requester_id) } } : {}),
    tags: ticket.tags ?? [],
    createdAt: ticket.created_at,
    updatedAt: ticket.updated_at,
    url: agentTicketUrl(domain, ticket.id),
  };
}

/** Zendesk keeps `html_body` beside `body`; older or API-made comments may lack it. */
export function toComment(comment: ZendeskComment, ticketId: string, fallbackCreatedAt = ''): TicketComment {
  return {
    id: String(comment.id),
    ticketId,
    body: comment.html_body ?? plainTextToHtml(comment.body ?? comment.plain_body ?? ''),
    public: comment.public !== false,
    ...(comment.author_id != null ? { authorId: String(comment.author_id) } : {}),
    createdAt: comment.created_at ?? fallbackCreatedAt,
  };
}

/** The comment a ticket update added, from the audit Zendesk returns with the update. */
export function commentFromAudit(audit: ZendeskAudit | undefined): TicketComment | undefined {
  const event = audit?.events.find((candidate) => candidate.type === 'Comment');
  if (!audit || !event) return undefined;
  return toComment({ author_id: audit.author_id, ...event, public: event.public !== false } as ZendeskComment, String(audit.ticket_id), audit.created_at);
}

export function toNewTicketInput(ticket: NewTicket): ZendeskTicketInput {
  return {
    subject: ticket.subject,
    // The description of a Zendesk ticket is its first comment.
    comment: { html_body: ticket.description, public: true },
    ...(ticket.requesterEmail ? { requester: { email: ticket.requesterEmail, name: nameFromEmail(ticket.requesterEmail) } } : {}),
    ...(ticket.priority !== undefined ? { priority: toPriority(ticket.priority) } : {}),
    ...(ticket.tags ? { tags: toTags(ticket.tags) } : {}),
  };
}

/**
 * A patch as a Zendesk update. `description` is left out on purpose: Zendesk's description is the
 * first comment and cannot be edited through the API; a changed description belongs in a comment.
 */
export function toTicketPatchInput(patch: TicketPatch): ZendeskTicketInput {
  return {
    ...(patch.subject !== undefined ? { subject: patch.subject } : {}),
    ...(patch.priority !== undefined ? { priority: toPriority(patch.priority) } : {}),
    ...(patch.tags !== undefined ? { tags: toTags(patch.tags) } : {}),
    ...(patch.statusId !== undefined ? { status: toStatusName(patch.statusId) } : {}),
  };
}

export const toCommentInput = (comment: NewComment): ZendeskTicketInput => ({ comment: { html_body: comment.body, public: comment.public } });

/** What `users/me` says about the credentials: Deskbridge needs an agent or an admin. */
export type CurrentUserVerdict = { ok: true; account: VerifiedAccount } | { ok: false; reason: 'anonymous' } | { ok: false; reason: 'role'; detail: string };

export function judgeCurrentUser(user: ZendeskUser | undefined, domain: string): CurrentUserVerdict {
  // Zendesk answers users/me with an anonymous user (id null, role end-user) instead of a 401
  // when nobody authenticated: that is a credentials problem, not a permission one.
  if (!user || user.id === null || user.id === undefined) return { ok: false, reason: 'anonymous' };
  if (user.role !== 'admin' && user.role !== 'agent') {
    return { ok: false, reason: 'role', detail: `${user.name} is a ${user.role === 'end-user' ? 'customer (end user)' : `"${user.role}"`} in Zendesk, not an agent or admin` };
  }
  return { ok: true, account: { account: domain, agentName: user.name } };
}

/** Zendesk's 422 body names each refused field in `details`; its `description` alone is generic. */
export function describeZendeskError(body: ZendeskErrorBody | undefined): string {
  const details = Object.entries(body?.details ?? {}).flatMap(([field, problems]) =>
    (Array.isArray(problems) ? problems : []).map((problem) => problem.description ?? `${field}: ${problem.error ?? 'invalid'}`),
  );
  const summary = details.length > 0 ? details.join('; ') : (body?.description ?? (typeof body?.error === 'string' ? body.error : undefined) ?? 'no reason given');
  return summary.slice(0, 300);
}

function toPriority(priority: string): ZendeskPriority {
  const name = priority.trim().toLowerCase();
  const mapped = name === 'medium' ? 'normal' : name;
  if ((PRIORITIES as readonly string[]).includes(mapped)) return mapped as ZendeskPriority;
  throw new ConnectorError('invalid', `Zendesk has no priority "${priority.slice(0, 40)}": use one of ${PRIORITIES.join(', ')}.`);
}

function toStatusName(statusId: string): ZendeskStatusName {
  const status = ZENDESK_STATUSES.find((candidate) => candidate.id === statusId);
  if (status) return status.id as ZendeskStatusName;
  throw new ConnectorError('invalid', `Zendesk has no status "${statusId.slice(0, 40)}": use one of ${ZENDESK_STATUSES.map((s) => s.id).join(', ')}.`);
}

/** Zendesk tags have no spaces (it would split "needs review" in two): keep each tag whole. */
const toTags = (tags: string[]) => tags.map((tag) => tag.trim().replace(/\s+/g, '_')).filter(Boolean);

/** Zendesk refuses a new requester without a name; the address's local part is what its own UI shows. */
const nameFromEmail = (email: string) => email.split('@')[0] || email;

/** Zendesk's `description` and `body` are plain text; Deskbridge carries HTML. */
export function plainTextToHtml(text: string): string {
  if (!text) return '';
  const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return text
    .replace(/\r\n/g, '\n')
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escape(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('');
}
