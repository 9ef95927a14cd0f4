import fs from 'node:fs';
import { readSeedFile, SeedFileError } from '../vendor/seed-file';
import { jsonLines } from './json-lines';
import { DEFAULT_LIMITS, SYSTEM_STATUSES, PRIORITIES, ZENDESK_SANDBOX, type ApiTokenRecord, type CommentRecord, type Json, type TicketRecord, type UserRecord, type ZendeskAccount } from './state';
import { htmlToText, normalizeTags, sanitizeHtml, textToHtml } from './text';

/**
 * Reads a seed file of Zendesk-shaped objects (shape in README.md) into an account. Fields the
 * sandbox does not know are kept as given; missing optional ones get Zendesk's defaults; a
 * problem is refused as `file:line: reason`, the line being where the offending object starts.
 */
export function loadSeedFile(file: string): ZendeskAccount {
  const { json } = readSeedFile(file);
  const lineOf = jsonLines(fs.readFileSync(file, 'utf8'));
  const fail = (path: string, reason: string): never => {
    throw new SeedFileError(file, lineOf(path), reason);
  };
  return buildAccount(json, fail);
}

type Fail = (path: string, reason: string) => never;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isId = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) > 0;
const isTime = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

function buildAccount(json: unknown, fail: Fail): ZendeskAccount {
  if (!isObject(json)) return fail('', 'expected an object with "users", "tickets" and "comments"');
  const subdomain = json.subdomain ?? ZENDESK_SANDBOX.domain.split('.')[0];
  if (typeof subdomain !== 'string' || !/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(subdomain)) fail('subdomain', '"subdomain" must be a zendesk.com subdomain such as "acme"');
  const host = `${subdomain}.zendesk.com`;
  const now = new Date().toISOString();

  const users = list(json, 'users', fail).map((user, i) => toUser(user, `users[${i}]`, host, now, fail));
  if (users.length === 0) fail('users', '"users" needs at least one user');
  unique(users, 'users', fail);
  const userIds = new Set(users.map((user) => user.id));

  const tickets = list(json, 'tickets', fail).map((ticket, i) => toTicket(ticket, `tickets[${i}]`, host, now, userIds, fail));
  unique(tickets, 'tickets', fail);

  const comments: Record<string, CommentRecord[]> = {};
  const commentsJson = json.comments ?? {};
  if (!isObject(commentsJson)) fail('comments', '"comments" must be an object: ticket id → list of comments');
  for (const [ticketId, items] of Object.entries(commentsJson as Json)) {
    const ticket = tickets.find((candidate) => String(candidate.id) === ticketId);
    if (!ticket) fail(`comments.${ticketId}`, `comments for ticket ${ticketId}, which "tickets" does not have`);
    if (!Array.isArray(items)) fail(`comments.${ticketId}`, `comments.${ticketId} must be a list of comments`);
    comments[ticketId] = (items as unknown[]).map((item, i) => toComment(item, `comments.${ticketId}[${i}]`, ticket!, userIds, fail));
  }
  const allComments = Object.values(comments).flat();
  unique(allComments, 'comments', fail);
  for (const ticket of tickets) {
    if (!ticket.description) ticket.description = comments[ticket.id]?.[0]?.plain_body ?? '';
  }

  const apiTokens = json.api_tokens === undefined ? defaultTokens(users) : list(json, 'api_tokens', fail).map((token, i) => toToken(token, `api_tokens[${i}]`, i, userIds, fail));
  const limits = { ...DEFAULT_LIMITS, ...(isObject(json.limits) ? (json.limits as Partial<ZendeskAccount['limits']>) : {}) };
  const max = (ids: number[], floor: number) => Math.max(floor, ...ids) + 1;
  return {
    host,
    users,
    apiTokens,
    tickets,
    comments,
    nextId: {
      user: max(users.map((user) => user.id), 9000000),
      ticket: max(tickets.map((ticket) => ticket.id), 100),
      comment: max(allComments.map((comment) => comment.id), 7000),
      audit: max(allComments.map((comment) => Number(comment.audit_id) || 0), 8000),
      event: 50000,
    },
    limits,
    usage: { windowStart: 0, requests: 0, exports: 0 },
  };
}

/** The object as given (its key order too), with the defaults only for what it lacks. */
function withDefaults(object: Json, defaults: Json): unknown {
  const result: Json = { ...object };
  for (const [key, value] of Object.entries(defaults)) if (result[key] === undefined) result[key] = value;
  return result;
}

function list(json: Json, key: string, fail: Fail): Json[] {
  const value = json[key] ?? [];
  if (!Array.isArray(value)) return fail(key, `"${key}" must be a list`);
  value.forEach((item, i) => isObject(item) || fail(`${key}[${i}]`, `${key}[${i}] must be an object`));
  return value as Json[];
}

function unique(items: { id: number }[], key: string, fail: Fail): void {
  const seen = new Set<number>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) fail(`${key}[${i}]`, `${key}: id ${item.id} appears twice`);
    seen.add(item.id);
  });
}

function toUser(user: Json, at: string, host: string, now: string, fail: Fail): UserRecord {
  if (!isId(user.id)) fail(at, `${at}: "id" must be a positive integer`);
  if (typeof user.name !== 'string' || !user.name.trim()) fail(at, `${at}: "name" is required`);
  if (!['admin', 'agent', 'end-user'].includes(user.role as string)) fail(at, `${at}: "role" must be admin, agent or end-user`);
  if (user.email != null && typeof user.email !== 'string') fail(at, `${at}: "email" must be a string`);
  return withDefaults(user, { url: `https://${host}/api/v2/users/${user.id}.json`, active: true, suspended: false, verified: true, created_at: now, updated_at: now }) as UserRecord;
}

function toTicket(ticket: Json, at: string, host: string, now: string, userIds: Set<number>, fail: Fail): TicketRecord {
  if (!isId(ticket.id)) fail(at, `${at}: "id" must be a positive integer`);
  if (!isId(ticket.requester_id) || !userIds.has(ticket.requester_id)) fail(at, `${at}: "requester_id" must be the id of one of "users"`);
  const status = ticket.status ?? 'open';
  if (![...SYSTEM_STATUSES, 'deleted'].includes(status as never)) fail(at, `${at}: "status" must be one of ${SYSTEM_STATUSES.join(', ')} or deleted`);
  if (ticket.priority != null && !PRIORITIES.includes(ticket.priority as never)) fail(at, `${at}: "priority" must be one of ${PRIORITIES.join(', ')} or null`);
  if (ticket.tags !== undefined && (!Array.isArray(ticket.tags) || ticket.tags.some((tag) => typeof tag !== 'string'))) fail(at, `${at}: "tags" must be a list of strings`);
  for (const key of ['created_at', 'updated_at'] as const) if (ticket[key] !== undefined && !isTime(ticket[key])) fail(at, `${at}: "${key}" must be an ISO 8601 time`);
  const createdAt = (ticket.created_at as string | undefined) ?? now;
  const updatedAt = (ticket.updated_at as string | undefined) ?? createdAt;
  return withDefaults(
    {
      ...ticket,
      status,
      tags: normalizeTags((ticket.tags as string[] | undefined) ?? []),
      created_at: createdAt,
      updated_at: updatedAt,
      generated_timestamp: Number.isSafeInteger(ticket.generated_timestamp) ? (ticket.generated_timestamp as number) : Math.floor(Date.parse(updatedAt) / 1000),
    },
    { url: `https://${host}/api/v2/tickets/${ticket.id}.json`, subject: '', description: '', priority: null, submitter_id: ticket.requester_id },
  ) as TicketRecord;
}

function toComment(comment: unknown, at: string, ticket: TicketRecord, userIds: Set<number>, fail: Fail): CommentRecord {
  if (!isObject(comment)) return fail(at, `${at} must be an object`);
  if (!isId(comment.id)) fail(at, `${at}: "id" must be a positive integer`);
  if (typeof comment.html_body !== 'string' && typeof comment.body !== 'string') fail(at, `${at}: a comment needs "html_body" or "body"`);
  if (comment.public !== undefined && typeof comment.public !== 'boolean') fail(at, `${at}: "public" must be true or false`);
  if (comment.author_id !== undefined && (!isId(comment.author_id) || !userIds.has(comment.author_id))) fail(at, `${at}: "author_id" must be the id of one of "users"`);
  if (comment.created_at !== undefined && !isTime(comment.created_at)) fail(at, `${at}: "created_at" must be an ISO 8601 time`);
  const html = typeof comment.html_body === 'string' ? sanitizeHtml(comment.html_body) : textToHtml(comment.body as string);
  const text = typeof comment.body === 'string' ? comment.body : htmlToText(html);
  return withDefaults(
    { ...comment, body: text, html_body: html, public: comment.public !== false },
    { type: 'Comment', author_id: ticket.requester_id, plain_body: text, attachments: [], created_at: ticket.created_at },
  ) as CommentRecord;
}

function toToken(token: Json, at: string, i: number, userIds: Set<number>, fail: Fail): ApiTokenRecord {
  if (typeof token.token !== 'string' || token.token.length < 8) fail(at, `${at}: "token" must be a string of 8 characters or more`);
  if (token.sandbox_user_id !== undefined && !userIds.has(token.sandbox_user_id as number)) fail(at, `${at}: "sandbox_user_id" must be the id of one of "users"`);
  return withDefaults(token, { id: i + 1, description: `Token ${i + 1}`, active: true }) as ApiTokenRecord;
}

function defaultTokens(users: UserRecord[]): ApiTokenRecord[] {
  const endUser = users.find((user) => user.email === ZENDESK_SANDBOX.limitedUsername) ?? users.find((user) => user.role === 'end-user');
  return [
    { id: 1, token: ZENDESK_SANDBOX.secret, description: 'Deskbridge (sandbox)', active: true },
    { id: 2, token: ZENDESK_SANDBOX.limitedSecret, description: 'Bound to an end user (sandbox)', active: true, ...(endUser ? { sandbox_user_id: endUser.id } : {}) },
  ];
}
