import type { FdAgent } from '../../../src/connectors/freshdesk/freshdesk-types';
import type { VendorRequest, VendorResponse } from '../vendor/vendor-sandbox';
import type { WebhookOutbox } from '../vendor/webhook-outbox';
import { addNote, listConversations, replyToTicket } from './handlers/conversations';
import { listRoles, listTicketFields, viewMe } from './handlers/account';
import type { FdHandler } from './handlers/context';
import { createTicket, listTickets, updateTicket, viewTicket } from './handlers/tickets';
import { FdHttpError, invalidCredentials, methodNotAllowed, notFound, unsupportedContentType } from './http';
import { creditsFor, type RateLimiter } from './rate-limit';
import type { FreshdeskState } from './state';
import { changeOf, ticketChanged } from './webhook-emitter';

/** The Freshdesk API v2 operations the sandbox serves (the ones Deskbridge's adapter calls). */
export const FRESHDESK_ROUTES: { method: string; path: string; handle: FdHandler }[] = [
  { method: 'GET', path: '/api/v2/agents/me', handle: viewMe },
  { method: 'GET', path: '/api/v2/roles', handle: listRoles },
  { method: 'GET', path: '/api/v2/ticket_fields', handle: listTicketFields },
  { method: 'GET', path: '/api/v2/tickets', handle: listTickets },
  { method: 'POST', path: '/api/v2/tickets', handle: createTicket },
  { method: 'GET', path: '/api/v2/tickets/:id', handle: viewTicket },
  { method: 'PUT', path: '/api/v2/tickets/:id', handle: updateTicket },
  { method: 'GET', path: '/api/v2/tickets/:id/conversations', handle: listConversations },
  { method: 'POST', path: '/api/v2/tickets/:id/reply', handle: replyToTicket },
  { method: 'POST', path: '/api/v2/tickets/:id/notes', handle: addNote },
];

const API_VERSION = { 'x-freshdesk-api-version': 'latest=v2; requested=v2' };

/**
 * One request to the account: the host must be the account's (else Freshdesk has no such
 * account: 404), the API key must be one of its agents' (401), the minute's credits must last
 * (429), writes must be JSON (415); then the route answers. Every answer after authentication
 * carries the rate-limit headers.
 */
export function handleFreshdesk(request: VendorRequest, state: FreshdeskState, limiter: RateLimiter, webhooks?: WebhookOutbox): { response: VendorResponse; changed?: boolean } {
  let limitHeaders: Record<string, string> = {};
  try {
    if (request.host !== state.domain.toLowerCase()) throw notFound();
    const agent = authenticate(request.headers.authorization, state);
    const taken = limiter.take(state.rate_limit_per_minute, creditsFor(request.path, request.query));
    limitHeaders = taken.headers;
    if (!taken.ok) {
      throw new FdHttpError(429, { code: 'rate_limit_exceeded', message: 'You have exceeded the limit of requests per minute. Retry after the time given in the Retry-After header.' }, { 'retry-after': String(taken.retryAfterSeconds) });
    }
    const candidates = FRESHDESK_ROUTES.map((route) => ({ route, params: matchPath(route.path, request.path) })).filter((candidate) => candidate.params);
    if (!candidates.length) throw notFound();
    const chosen = candidates.find((candidate) => candidate.route.method === request.method);
    if (!chosen) throw methodNotAllowed(request.method, candidates.map((candidate) => candidate.route.method));
    if (['POST', 'PUT'].includes(request.method) && !String(request.headers['content-type'] ?? '').toLowerCase().includes('application/json')) throw unsupportedContentType();
    const { response, changed } = chosen.route.handle({ request, state, agent, params: chosen.params! });
    const change = changed ? changeOf(chosen.route.method, chosen.route.path, chosen.params!, response.body) : undefined;
    if (change) ticketChanged(state, change, webhooks);
    return { response: { ...response, headers: { ...API_VERSION, ...limitHeaders, ...response.headers } }, changed };
  } catch (error) {
    if (!(error instanceof FdHttpError)) throw error;
    return { response: { status: error.status, body: error.body, headers: { ...(limitHeaders['x-ratelimit-total'] ? API_VERSION : {}), ...limitHeaders, ...error.headers } } };
  }
}

/** Basic auth with the API key as the user name and any password (Freshdesk's docs use "X"). */
function authenticate(header: string | undefined, state: FreshdeskState): FdAgent {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header ?? '');
  const decoded = match ? Buffer.from(match[1], 'base64').toString('utf8') : '';
  const key = decoded.includes(':') ? decoded.slice(0, decoded.indexOf(':')) : '';
  const agentId = key && Object.prototype.hasOwnProperty.call(state.api_keys, key) ? state.api_keys[key] : undefined;
  const agent = state.agents.find((candidate) => candidate.id === agentId);
  if (!agent || agent.contact.active === false) throw invalidCredentials();
  return agent;
}

function matchPath(template: string, path: string): Record<string, string> | undefined {
  const want = template.split('/');
  const got = path.replace(/\/$/, '').split('/');
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':')) params[want[i].slice(1)] = decodeURIComponent(got[i]);
    else if (want[i] !== got[i]) return undefined;
  }
  return params;
}
