import type { FdTicket } from '../../../../src/connectors/freshdesk/freshdesk-types';
import { rejectUnknown, validationFailed, type FieldError } from '../http';
import { nextId, statusIds, type FdContact, type FreshdeskState } from '../state';

/** Fields https://developers.freshdesk.com/api/#create_ticket accepts (update accepts the same, less `cc_emails`). */
export const CREATE_FIELDS = [
  'name', 'requester_id', 'email', 'facebook_id', 'phone', 'twitter_id', 'unique_external_id', 'subject', 'type', 'status', 'priority',
  'description', 'responder_id', 'attachments', 'cc_emails', 'custom_fields', 'due_by', 'email_config_id', 'fr_due_by', 'group_id',
  'product_id', 'source', 'tags', 'company_id', 'internal_agent_id', 'internal_group_id',
];
export const UPDATE_FIELDS = CREATE_FIELDS.filter((field) => field !== 'cc_emails');

const SOURCES = [1, 2, 3, 5, 6, 7, 9, 11, 100];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Checks a create or update body the way Freshdesk does (unknown fields, types, choices) and
 * returns every problem at once, in its validation-error shape.
 */
export function checkTicketBody(state: FreshdeskState, body: Record<string, unknown>, creating: boolean): void {
  rejectUnknown(Object.keys(body), creating ? CREATE_FIELDS : UPDATE_FIELDS);
  const errors: FieldError[] = [];
  const identities = ['requester_id', 'phone', 'email', 'twitter_id', 'facebook_id', 'unique_external_id'];
  if (creating && !identities.some((field) => body[field] !== undefined && body[field] !== null)) {
    errors.push({ field: 'requester_id', message: `Please fill at least 1 of ${identities.join(', ')} fields`, code: 'missing_field' });
  }
  const wrongType = (field: string, type: string) => errors.push({ field, message: `It should be a/an ${type}`, code: body[field] === undefined ? 'missing_field' : 'datatype_mismatch' });
  for (const field of ['subject', 'description']) {
    if ((creating || field in body) && typeof body[field] !== 'string') wrongType(field, 'String');
  }
  const choice = (field: string, allowed: number[]) => {
    if (field in body && !allowed.includes(body[field] as number)) errors.push({ field, message: `It should be one of these values: '${allowed.join(',')}'`, code: 'invalid_value' });
  };
  choice('status', statusIds(state));
  choice('priority', [1, 2, 3, 4]);
  choice('source', SOURCES);
  if ('tags' in body && (!Array.isArray(body.tags) || body.tags.some((tag) => typeof tag !== 'string'))) wrongType('tags', 'Array');
  if ('email' in body && (typeof body.email !== 'string' || !EMAIL.test(body.email))) {
    errors.push({ field: 'email', message: "It should be in the 'valid email address' format", code: 'invalid_value' });
  }
  if ('requester_id' in body && !requesterExists(state, body.requester_id)) {
    errors.push({ field: 'requester_id', message: 'There is no contact matching the given requester_id', code: 'invalid_value' });
  }
  if ('responder_id' in body && body.responder_id !== null && !state.agents.some((agent) => agent.id === body.responder_id)) {
    errors.push({ field: 'responder_id', message: 'There is no agent matching the given responder_id', code: 'invalid_value' });
  }
  if (errors.length) throw validationFailed(errors);
}

const requesterExists = (state: FreshdeskState, id: unknown) => state.contacts.some((contact) => contact.id === id) || state.agents.some((agent) => agent.id === id);

/** The requester a create names: an existing contact or agent, or a new contact (as Freshdesk creates one for a new email). */
export function requesterFor(state: FreshdeskState, body: Record<string, unknown>): number {
  if (typeof body.requester_id === 'number') return body.requester_id;
  const email = typeof body.email === 'string' ? body.email.toLowerCase() : undefined;
  const existing = email && state.contacts.find((contact) => contact.email?.toLowerCase() === email);
  if (existing) return existing.id;
  const agent = email && state.agents.find((candidate) => candidate.contact.email?.toLowerCase() === email);
  if (agent) return agent.id;
  const identity = String(body.email ?? body.phone ?? body.twitter_id ?? body.facebook_id ?? body.unique_external_id);
  const contact: FdContact = {
    id: nextId([...state.contacts, ...state.agents], 43000000200),
    name: typeof body.name === 'string' ? body.name : identity.split('@')[0],
    email: email ?? null,
    mobile: null,
    phone: typeof body.phone === 'string' ? body.phone : null,
  };
  state.contacts.push(contact);
  return contact.id;
}

/** Applies the writable fields of a checked body to a ticket. */
export function applyTicketBody(ticket: FdTicket, body: Record<string, unknown>, text: (html: string) => string): void {
  for (const field of ['subject', 'status', 'priority', 'source', 'tags', 'type', 'responder_id', 'group_id', 'product_id', 'company_id', 'due_by', 'fr_due_by', 'email_config_id']) {
    if (field in body) ticket[field] = body[field];
  }
  if (body.custom_fields && typeof body.custom_fields === 'object') ticket.custom_fields = { ...(ticket.custom_fields as object), ...(body.custom_fields as object) };
  if (typeof body.description === 'string') Object.assign(ticket, { description: body.description, description_text: text(body.description) });
}
