import type { VendorResponse } from '../../vendor/vendor-sandbox';
import { badRequest, recordInvalid } from '../responses';
import { PRIORITIES, SYSTEM_STATUSES, type CommentRecord, type Json, type TicketRecord } from '../state';
import { htmlToText, normalizeTags, sanitizeHtml, textToHtml } from '../text';
import { isoSeconds, type Context } from './context';

/**
 * The `{ ticket: {...} }` body of Create Ticket and Update Ticket: checked the way Zendesk checks
 * it (a 422 naming the field), applied field by field, recorded as audit events.
 * https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#json-format
 */

const TYPES = ['problem', 'incident', 'question', 'task'];

/** Writable fields the sandbox applies; anything else in the body is accepted and ignored, as Zendesk ignores unknown fields. */
const FIELDS = ['subject', 'status', 'priority', 'type', 'tags', 'assignee_id', 'due_at', 'external_id'] as const;

export function ticketBody(body: unknown): Json | VendorResponse {
  const ticket = (body as Json | undefined)?.ticket;
  if (typeof ticket !== 'object' || ticket === null || Array.isArray(ticket)) return badRequest('The request body must be { "ticket": { ... } }');
  return ticket as Json;
}

export function checkFields(ctx: Context, input: Json): VendorResponse | undefined {
  if (input.subject !== undefined && typeof input.subject !== 'string') return recordInvalid('subject', 'Subject: must be text');
  if (input.status !== undefined && !SYSTEM_STATUSES.includes(input.status as never)) return recordInvalid('status', `Status: ${String(input.status)} is not valid`);
  if (input.priority != null && !PRIORITIES.includes(input.priority as never)) return recordInvalid('priority', `Priority: ${String(input.priority)} is not valid`);
  if (input.type != null && !TYPES.includes(input.type as string)) return recordInvalid('type', `Type: ${String(input.type)} is not valid`);
  if (input.tags !== undefined && (!Array.isArray(input.tags) || input.tags.some((tag) => typeof tag !== 'string'))) return recordInvalid('tags', 'Tags: must be a list of strings');
  if (input.assignee_id != null && !ctx.account.users.some((user) => user.id === input.assignee_id && user.role !== 'end-user')) {
    return recordInvalid('assignee', 'Assignee: is not an agent', 'InvalidAssignee');
  }
  return undefined;
}

export type AuditEvent = Json & { id: number; type: string };

/** Applies the fields and returns Zendesk's Create/Change events for them. */
export function applyFields(ctx: Context, ticket: TicketRecord, input: Json, kind: 'Create' | 'Change'): AuditEvent[] {
  const events: AuditEvent[] = [];
  for (const field of FIELDS) {
    if (input[field] === undefined) continue;
    const previous = ticket[field];
    const value = field === 'tags' ? normalizeTags(input.tags as string[]) : input[field];
    if (JSON.stringify(previous) === JSON.stringify(value) && kind === 'Change') continue;
    (ticket as Json)[field] = value;
    // Zendesk's spec types an event value as string or integer; tag lists and cleared values are left out.
    if (value === null || Array.isArray(value)) continue;
    events.push({ id: ctx.account.nextId.event++, type: kind, field_name: field, value: value as string | number, ...(kind === 'Change' ? { previous_value: previous ?? null } : {}) });
  }
  return events;
}

/** A comment from `ticket.comment`: `html_body` (sanitised, wrapped) or plain `body`. */
export function buildComment(ctx: Context, input: unknown, auditId: number): CommentRecord | VendorResponse {
  const comment = (input ?? {}) as Json;
  const html = typeof comment.html_body === 'string' && comment.html_body.trim() ? sanitizeHtml(comment.html_body) : undefined;
  const text = typeof comment.body === 'string' && comment.body.trim() ? comment.body : html ? htmlToText(html) : '';
  if (!text && !html) return recordInvalid('base', 'Comment: cannot be blank', 'BlankValue');
  if (comment.public !== undefined && typeof comment.public !== 'boolean') return recordInvalid('comment', 'Comment: public must be true or false');
  return {
    id: ctx.account.nextId.comment++,
    type: 'Comment',
    author_id: ctx.user.id,
    body: text,
    html_body: html ?? textToHtml(text),
    plain_body: text,
    // Agents may write private notes; an end user's comment is always public.
    public: ctx.user.role === 'end-user' ? true : comment.public !== false,
    attachments: [],
    audit_id: auditId,
    via: { channel: 'api', source: { from: {}, to: {}, rel: null } },
    metadata: { system: { client: String(ctx.request.headers['user-agent'] ?? 'Deskbridge') }, custom: {} },
    created_at: isoSeconds(ctx.now),
  };
}

export function audit(ctx: Context, ticketId: number, auditId: number, events: AuditEvent[]): Json {
  return {
    id: auditId,
    ticket_id: ticketId,
    created_at: isoSeconds(ctx.now),
    author_id: ctx.user.id,
    metadata: { system: {}, custom: {} },
    via: { channel: 'api', source: { from: {}, to: {}, rel: null } },
    events,
  };
}

/** The event for a comment, as Zendesk puts it in an audit. */
export const commentEvent = (comment: CommentRecord): AuditEvent => {
  const { created_at: _created, via: _via, metadata: _metadata, ...event } = comment;
  return event as AuditEvent;
};
