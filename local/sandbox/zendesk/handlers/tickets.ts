import type { VendorResponse } from '../../vendor/vendor-sandbox';
import { ok, recordInvalid, recordNotFound, ticketView } from '../responses';
import type { Json, TicketRecord, UserRecord } from '../state';
import { findTicket, isoSeconds, type Context, type Handled } from './context';
import { applyFields, audit, buildComment, checkFields, commentEvent, ticketBody } from './ticket-input';
import { ticketChanged } from '../webhook-emitter';

const isResponse = (value: unknown): value is VendorResponse => typeof (value as VendorResponse).status === 'number';

/** GET /api/v2/tickets/{ticket_id} — https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#show-ticket */
export function showTicket(ctx: Context): Handled {
  const ticket = findTicket(ctx.account, ctx.params.ticket_id);
  return { response: ticket ? ok({ ticket: ticketView(ticket) }) : recordNotFound() };
}

/**
 * POST /api/v2/tickets — the first comment is the description; a requester given by email is
 * found or created (Zendesk refuses a new one without a name); the answer carries the audit.
 * https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#create-ticket
 */
export function createTicket(ctx: Context): Handled {
  const input = ticketBody(ctx.request.body);
  if (isResponse(input)) return { response: input };
  const refused = checkFields(ctx, input);
  if (refused) return { response: refused };
  const requester = resolveRequester(ctx, input);
  if (isResponse(requester)) return { response: requester };

  const { account, now } = ctx;
  const auditId = account.nextId.audit++;
  const comment = buildComment(ctx, input.comment, auditId);
  if (isResponse(comment)) return { response: comment };
  if (requester.created) account.users.push(requester.user);
  const id = account.nextId.ticket++;
  const ticket: TicketRecord = {
    url: `https://${account.host}/api/v2/tickets/${id}.json`,
    id,
    external_id: null,
    via: { channel: 'api', source: { from: {}, to: {}, rel: null } },
    created_at: isoSeconds(now),
    updated_at: isoSeconds(now),
    type: null,
    subject: '',
    raw_subject: '',
    description: comment.plain_body,
    priority: null,
    // A ticket with an assignee starts open; without one it is new.
    status: input.assignee_id != null ? 'open' : 'new',
    requester_id: requester.user.id,
    submitter_id: ctx.user.id,
    assignee_id: null,
    organization_id: null,
    collaborator_ids: [],
    follower_ids: [],
    email_cc_ids: [],
    has_incidents: false,
    is_public: comment.public,
    due_at: null,
    tags: [],
    custom_fields: [],
    sharing_agreement_ids: [],
    followup_ids: [],
    allow_channelback: false,
    allow_attachments: true,
    from_messaging_channel: false,
    generated_timestamp: Math.floor(now.getTime() / 1000),
  };
  const events = applyFields(ctx, ticket, input, 'Create');
  ticket.raw_subject = ticket.subject;
  events.unshift({ id: account.nextId.event++, type: 'Create', field_name: 'requester_id', value: requester.user.id });
  account.tickets.push(ticket);
  account.comments[id] = [comment];
  ticketChanged(ctx, ticket, 'Create', comment);
  const headers = { location: `https://${account.host}/api/v2/tickets/${id}.json` };
  return { response: ok({ ticket: ticketView(ticket), audit: audit(ctx, id, auditId, [commentEvent(comment), ...events]) }, 201, headers), changed: true };
}

/**
 * PUT /api/v2/tickets/{ticket_id} — fields and/or a comment (public reply or private note).
 * A closed ticket refuses every update.
 * https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#update-ticket
 */
export function updateTicket(ctx: Context): Handled {
  const ticket = findTicket(ctx.account, ctx.params.ticket_id);
  if (!ticket) return { response: recordNotFound() };
  const input = ticketBody(ctx.request.body);
  if (isResponse(input)) return { response: input };
  if (ticket.status === 'closed') return { response: recordInvalid('status', 'Status: closed prevents ticket update', 'ClosedPreventsUpdate') };
  const refused = checkFields(ctx, input);
  if (refused) return { response: refused };

  const { account, now } = ctx;
  const auditId = account.nextId.audit++;
  const comment = input.comment !== undefined ? buildComment(ctx, input.comment, auditId) : undefined;
  if (comment && isResponse(comment)) return { response: comment };
  const events = applyFields(ctx, ticket, input, 'Change');
  if (comment) (account.comments[ticket.id] ??= []).push(comment);
  ticket.updated_at = isoSeconds(now);
  ticket.generated_timestamp = Math.floor(now.getTime() / 1000);
  ticketChanged(ctx, ticket, 'Change', comment);
  return { response: ok({ ticket: ticketView(ticket), audit: audit(ctx, ticket.id, auditId, [...(comment ? [commentEvent(comment)] : []), ...events]) }), changed: true };
}

/** `requester: { email, name }` or `requester_id`, else the caller. */
function resolveRequester(ctx: Context, input: Json): { user: UserRecord; created: boolean } | VendorResponse {
  const { account } = ctx;
  if (input.requester_id !== undefined) {
    const user = account.users.find((candidate) => candidate.id === input.requester_id);
    return user ? { user, created: false } : recordInvalid('requester', 'Requester: is invalid', 'InvalidValue');
  }
  const requester = input.requester as Json | undefined;
  if (!requester) return { user: ctx.user, created: false };
  const email = typeof requester.email === 'string' ? requester.email.trim().toLowerCase() : '';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return recordInvalid('requester', `Requester: Email ${email || '(none)'} is not properly formatted`, 'InvalidFormat');
  const existing = account.users.find((candidate) => typeof candidate.email === 'string' && candidate.email.toLowerCase() === email);
  if (existing) return { user: existing, created: false };
  const name = typeof requester.name === 'string' ? requester.name.trim() : '';
  if (!name) return recordInvalid('requester', 'Requester: Name is too short (minimum one character)', 'TooShort');
  const id = account.nextId.user++;
  const at = isoSeconds(ctx.now);
  const user: UserRecord = {
    id,
    url: `https://${account.host}/api/v2/users/${id}.json`,
    name,
    email,
    role: 'end-user',
    active: true,
    verified: false,
    suspended: false,
    created_at: at,
    updated_at: at,
    locale: 'en-US',
    locale_id: 1,
    time_zone: 'UTC',
    organization_id: null,
    tags: [],
    user_fields: {},
  };
  return { user, created: true };
}
