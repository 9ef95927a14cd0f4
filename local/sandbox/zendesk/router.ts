import type { VendorRequest, VendorResponse } from '../vendor/vendor-sandbox';
import type { WebhookOutbox } from '../vendor/webhook-outbox';
import { authenticate, isStaff } from './auth';
import type { Context, Handled } from './handlers/context';
import { listComments } from './handlers/comments';
import { exportTickets } from './handlers/incremental';
import { createTicket, showTicket, updateTicket } from './handlers/tickets';
import { createTrigger, deleteTrigger, listTriggers, showTrigger } from './handlers/triggers';
import { createWebhook, deleteWebhook, showSigningSecret, showWebhook } from './handlers/webhooks';
import { showCurrentUser } from './handlers/users';
import { forbidden, invalidEndpoint, noAccount, rateLimited, unauthorized } from './responses';
import type { ZendeskAccount, ZendeskSandboxState } from './state';

/**
 * Routes one request the way Zendesk does: the account by host, the account's rate limit, the
 * caller's credentials and role, then the endpoint. Paths are accepted with or without `.json`.
 */

interface Route {
  method: string;
  pattern: RegExp;
  params: string[];
  /** Who may call it: agents and admins, unless the handler decides (incremental exports: admins). */
  handle: (ctx: Context) => Handled;
  export?: boolean;
}

const ROUTES: Route[] = [
  { method: 'GET', pattern: /^\/api\/v2\/tickets\/(\d+)$/, params: ['ticket_id'], handle: showTicket },
  { method: 'PUT', pattern: /^\/api\/v2\/tickets\/(\d+)$/, params: ['ticket_id'], handle: updateTicket },
  { method: 'POST', pattern: /^\/api\/v2\/tickets$/, params: [], handle: createTicket },
  { method: 'GET', pattern: /^\/api\/v2\/tickets\/(\d+)\/comments$/, params: ['ticket_id'], handle: listComments },
  { method: 'GET', pattern: /^\/api\/v2\/incremental\/tickets\/cursor$/, params: [], handle: exportTickets, export: true },
  { method: 'POST', pattern: /^\/api\/v2\/webhooks$/, params: [], handle: createWebhook },
  { method: 'GET', pattern: /^\/api\/v2\/webhooks\/([0-9A-Za-z]+)$/, params: ['webhook_id'], handle: showWebhook },
  { method: 'DELETE', pattern: /^\/api\/v2\/webhooks\/([0-9A-Za-z]+)$/, params: ['webhook_id'], handle: deleteWebhook },
  { method: 'GET', pattern: /^\/api\/v2\/webhooks\/([0-9A-Za-z]+)\/signing_secret$/, params: ['webhook_id'], handle: showSigningSecret },
  { method: 'GET', pattern: /^\/api\/v2\/triggers$/, params: [], handle: listTriggers },
  { method: 'POST', pattern: /^\/api\/v2\/triggers$/, params: [], handle: createTrigger },
  { method: 'GET', pattern: /^\/api\/v2\/triggers\/(\d+)$/, params: ['trigger_id'], handle: showTrigger },
  { method: 'DELETE', pattern: /^\/api\/v2\/triggers\/(\d+)$/, params: ['trigger_id'], handle: deleteTrigger },
];

export function route(request: VendorRequest, state: ZendeskSandboxState, now = new Date(), webhooks?: WebhookOutbox): Handled {
  const account = state.accounts[request.host];
  if (!account) return { response: noAccount(request.host) };
  const path = request.path.replace(/\.json$/, '');
  const matched = ROUTES.map((candidate) => ({ candidate, match: candidate.pattern.exec(path) })).filter(({ match }) => match);
  const found = matched.find(({ candidate }) => candidate.method === request.method);

  const limited = consume(account, now.getTime(), Boolean(found?.candidate.export));
  if (limited) return { response: limited };
  const withLimits = (handled: Handled): Handled => ({ ...handled, response: { ...handled.response, headers: { ...rateHeaders(account), ...handled.response.headers } } });

  const caller = authenticate(request.headers, account);
  if (path === '/api/v2/users/me' && request.method === 'GET') return withLimits(showCurrentUser(caller));
  if (caller.kind !== 'user') return withLimits({ response: unauthorized() });
  if (!found) return withLimits({ response: invalidEndpoint() });
  if (!isStaff(caller.user)) return withLimits({ response: forbidden() });
  const params = Object.fromEntries(found.candidate.params.map((name, i) => [name, found.match![i + 1]]));
  return withLimits(found.candidate.handle({ account, user: caller.user, request, params, now, webhooks }));
}

/** Zendesk's per-minute budget for the account, and the separate one for incremental exports. */
function consume(account: ZendeskAccount, now: number, isExport: boolean): VendorResponse | undefined {
  const windowStart = now - (now % 60_000);
  if (account.usage.windowStart !== windowStart) account.usage = { windowStart, requests: 0, exports: 0 };
  const retryAfter = Math.max(1, Math.ceil((windowStart + 60_000 - now) / 1000));
  if (account.usage.requests >= account.limits.requestsPerMinute) return rateLimited(retryAfter, account.limits.requestsPerMinute);
  if (isExport && account.usage.exports >= account.limits.exportsPerMinute) return rateLimited(retryAfter, account.limits.exportsPerMinute);
  account.usage.requests++;
  if (isExport) account.usage.exports++;
  return undefined;
}

/** On every answer, as Zendesk sends them: https://developer.zendesk.com/api-reference/introduction/rate-limits/ */
const rateHeaders = (account: ZendeskAccount): Record<string, string> => ({
  'x-rate-limit': String(account.limits.requestsPerMinute),
  'x-rate-limit-remaining': String(Math.max(0, account.limits.requestsPerMinute - account.usage.requests)),
});
