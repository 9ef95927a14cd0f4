import fs from 'node:fs';
import type { FdAgent, FdConversation, FdTicket } from '../../../src/connectors/freshdesk/freshdesk-types';
import { readSeedFile, SeedFileError } from '../vendor/seed-file';
import { lineOfPath, syntaxErrorOffset } from './json-locate';
import { defaultRoles, defaultTicketFields } from './seed';
import { statusIds, textOf, type FdContact, type FreshdeskState } from './state';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => !!value && typeof value === 'object' && !Array.isArray(value);
const isId = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) > 0;
const isTime = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

/**
 * Reads a seed file (README.md: one account in the vendor's own JSON shapes) into sandbox state.
 * Fields the sandbox does not know are kept and served back; optional ones get Freshdesk's
 * defaults; anything that would make the account incoherent is refused with file:line: reason.
 * API keys are secrets: errors name their position, never the key.
 */
export function loadFreshdeskSeedFile(file: string): FreshdeskState {
  const text = fs.readFileSync(file, 'utf8');
  const broken = syntaxErrorOffset(text);
  if (broken !== undefined) {
    const near = text.slice(broken, broken + 20).split('\n')[0];
    throw new SeedFileError(file, text.slice(0, broken).split('\n').length, `not valid JSON (${near ? `unexpected ${JSON.stringify(near)}` : 'unexpected end of file'})`);
  }
  const { json } = readSeedFile(file);
  const fail = (path: (string | number)[], reason: string): never => {
    throw new SeedFileError(file, lineOfPath(text, path), reason);
  };
  if (!isObject(json)) return fail([], 'the file must hold one object: {"domain", "api_keys", "agents", "tickets", …}');
  const domain = json.domain;
  if (typeof domain !== 'string' || !/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.freshdesk\.com$/.test(domain)) fail(['domain'], 'domain must be an account host such as "acme.freshdesk.com"');
  const list = (key: string, required: boolean): Json[] => {
    const value = json[key];
    if (value === undefined && !required) return [];
    if (!Array.isArray(value)) return fail([key], `"${key}" must be an array${required ? '' : ' when present'}`);
    value.forEach((item, index) => isObject(item) || fail([key, index], `${key}[${index}] must be an object`));
    value.forEach((item, index) => isId(item.id) || fail([key, index], `${key}[${index}] needs a positive integer "id"`));
    const seen = new Set<number>();
    value.forEach((item, index) => (seen.has(item.id) ? fail([key, index], `${key}[${index}] repeats id ${item.id}`) : seen.add(item.id)));
    return value as Json[];
  };

  const agents = list('agents', true).map((agent, index): FdAgent => {
    const contact = agent.contact;
    if (!isObject(contact) || typeof contact.name !== 'string') fail(['agents', index], `agents[${index}] needs "contact": {"name": …}`);
    if (agent.ticket_scope !== undefined && ![1, 2, 3].includes(agent.ticket_scope as number)) fail(['agents', index], `agents[${index}].ticket_scope must be 1 (global), 2 (group) or 3 (restricted)`);
    return { ticket_scope: 1, role_ids: [], group_ids: [], occasional: false, type: 'support_agent', ...agent } as unknown as FdAgent;
  });
  if (!agents.length) fail(['agents'], '"agents" needs at least one agent');
  const contacts = list('contacts', false).map((contact, index): FdContact => {
    if (typeof contact.name !== 'string') fail(['contacts', index], `contacts[${index}] needs a "name"`);
    return { email: null, mobile: null, phone: null, ...contact } as FdContact;
  });

  const keys = json.api_keys;
  if (!isObject(keys) || !Object.keys(keys).length) fail(['api_keys'], '"api_keys" must map at least one API key to an agent id');
  Object.entries(keys as Json).forEach(([key, agentId], index) => {
    if (!agents.some((agent) => agent.id === agentId)) fail(['api_keys', key], `API key #${index + 1} must map to the id of one of the agents`);
  });

  const state: FreshdeskState = {
    domain: domain as string,
    api_keys: keys as Record<string, number>,
    rate_limit_per_minute: 400,
    agents,
    contacts,
    roles: json.roles === undefined ? defaultRoles() : (list('roles', false) as FreshdeskState['roles']),
    ticket_fields: json.ticket_fields === undefined ? defaultTicketFields() : (list('ticket_fields', false) as FreshdeskState['ticket_fields']),
    tickets: [],
    conversations: [],
  };
  if (json.rate_limit_per_minute !== undefined) {
    if (!isId(json.rate_limit_per_minute)) fail(['rate_limit_per_minute'], '"rate_limit_per_minute" must be a positive integer');
    state.rate_limit_per_minute = json.rate_limit_per_minute as number;
  }
  const people = new Set<number>([...agents.map((agent) => agent.id), ...contacts.map((contact) => contact.id)]);
  const statuses = statusIds(state);
  state.tickets = list('tickets', true).map((ticket, index) => {
    const where = ['tickets', index];
    if (typeof ticket.subject !== 'string') fail(where, `tickets[${index}] needs a "subject"`);
    if (!people.has(ticket.requester_id as number)) fail(where, `tickets[${index}].requester_id must be the id of a contact or an agent`);
    if (ticket.status !== undefined && !statuses.includes(ticket.status as number)) fail(where, `tickets[${index}].status must be one of ${statuses.join(', ')}`);
    if (ticket.priority !== undefined && ![1, 2, 3, 4].includes(ticket.priority as number)) fail(where, `tickets[${index}].priority must be 1, 2, 3 or 4`);
    for (const field of ['created_at', 'updated_at']) {
      if (ticket[field] !== undefined && !isTime(ticket[field])) fail(where, `tickets[${index}].${field} must be a date-time such as "2025-11-17T08:02:11Z"`);
    }
    return withTicketDefaults(ticket);
  });
  state.conversations = list('conversations', false).map((entry, index) => {
    const ticket = state.tickets.find((candidate) => candidate.id === entry.ticket_id);
    if (!ticket) fail(['conversations', index], `conversations[${index}].ticket_id must be the id of one of the tickets`);
    if (typeof entry.body !== 'string') fail(['conversations', index], `conversations[${index}] needs an HTML "body"`);
    return withConversationDefaults(entry, ticket!);
  });
  return state;
}

function withTicketDefaults(ticket: Json): FdTicket {
  const created = (ticket.created_at as string | undefined) ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const description = typeof ticket.description === 'string' ? ticket.description : '';
  return {
    cc_emails: [], fwd_emails: [], reply_cc_emails: [], ticket_cc_emails: [], fr_escalated: false, spam: false, email_config_id: null, group_id: null,
    priority: 1, responder_id: null, source: 2, company_id: null, status: 2, association_type: null, support_email: null, to_emails: null,
    product_id: null, type: null, due_by: null, fr_due_by: null, is_escalated: false, description, description_text: textOf(description),
    custom_fields: {}, tags: [], attachments: [], nr_due_by: null, nr_escalated: false,
    ...ticket,
    created_at: created,
    updated_at: (ticket.updated_at as string | undefined) ?? created,
  } as unknown as FdTicket;
}

function withConversationDefaults(entry: Json, ticket: FdTicket): FdConversation {
  const at = (entry.created_at as string | undefined) ?? ticket.updated_at;
  return {
    body_text: textOf(entry.body as string), incoming: false, private: false, user_id: ticket.requester_id, support_email: null, source: 0,
    to_emails: [], from_email: null, cc_emails: [], bcc_emails: [], attachments: [], last_edited_at: null, last_edited_user_id: null,
    ...entry,
    created_at: at,
    updated_at: (entry.updated_at as string | undefined) ?? at,
  } as unknown as FdConversation;
}
