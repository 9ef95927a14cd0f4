import type { WebTriggerRequest, WebTriggerResponse } from '@forge/api';
import { appendAudit, type AuditEntry } from './audit-log';
import { authenticate, type CallingKey } from './authenticate';
import { toGatewayError } from './error-mapping';
import { errorResponse, GatewayError, jsonResponse, readRequest, type GatewayRequest } from './gateway-http';
import type { JsmService } from './bot-gateway';
import { markUsed } from './key-store';
import { consume } from './rate-limit';
import { matchRoute, type Route, type RouteAnswer, type RouteMatch } from './route';
import { createRequestRoute } from './routes/create-request-route';
import { commentRoute, getRequestRoute, listRequestsRoute, transitionRoute } from './routes/request-routes';
import { serviceDesksRoute } from './service-desks';
import { requireOperation } from './scope';

/** Every route of the gateway API; docs/gateway.openapi.yaml describes the same list (a test holds them together). */
export const ROUTES: Route[] = [serviceDesksRoute, createRequestRoute, listRequestsRoute, getRequestRoute, commentRoute, transitionRoute];

const ROUTE_LIST = ROUTES.map((route) => `${route.method} ${route.pattern}`).join(', ');

export interface GatewayDependencies {
  jsm: JsmService;
  now?: () => number;
}

/**
 * One call through the bot gateway, in a fixed order: authenticate the key (nothing else happens
 * for a caller without one), count it against the key's rate, find the route, check the key's
 * operations, then let the route validate and act. Every call that names an existing key leaves
 * one audit entry; every answer is JSON, and an unexpected failure is a 500 without details.
 */
export function createGatewayHandler({ jsm, now = Date.now }: GatewayDependencies) {
  return async (raw: WebTriggerRequest): Promise<WebTriggerResponse> => {
    const started = now();
    try {
      const request = readRequest(raw);
      const match = matchRoute(ROUTES, request.method, request.path);
      const authentication = await authenticate(request, started);
      if (!authentication.ok) {
        if (authentication.known) await audit(authentication.known, request, match, started, now(), { refusal: authentication.error });
        return errorResponse(authentication.error);
      }
      const { caller } = authentication;
      await markUsed(caller.id, started);
      const rate = await consume(caller.id, caller.key.rateLimitPerMinute, started);
      const rateHeaders = { 'X-RateLimit-Limit': String(rate.limit), 'X-RateLimit-Remaining': String(rate.remaining) };
      let outcome: { answer: RouteAnswer } | { refusal: GatewayError };
      try {
        if (!rate.allowed) {
          const wait = String(rate.retryAfterSeconds);
          throw new GatewayError(429, 'rate-limited', `This key may make ${rate.limit} calls a minute. Try again in ${wait} s.`, { 'Retry-After': wait });
        }
        outcome = { answer: await route(match, request, caller, jsm, started) };
      } catch (error) {
        outcome = { refusal: reportUnexpected(error) };
      }
      await audit(caller, request, match, started, now(), outcome);
      return 'answer' in outcome
        ? jsonResponse(outcome.answer.status, outcome.answer.body, { ...rateHeaders, ...outcome.answer.headers })
        : errorResponse(outcome.refusal, rateHeaders);
    } catch (error) {
      return errorResponse(reportUnexpected(error));
    }
  };
}

async function route(match: RouteMatch, request: GatewayRequest, caller: CallingKey, jsm: JsmService, now: number): Promise<RouteAnswer> {
  if (match.kind === 'none') {
    throw new GatewayError(404, 'not-found', `The gateway has no ${request.method} ${request.path.slice(0, 100)}. Its routes: ${ROUTE_LIST}.`);
  }
  if (match.kind === 'wrong-method') {
    throw new GatewayError(405, 'method-not-allowed', `${request.path.slice(0, 100)} takes ${match.allowed.join(' or ')}.`, { Allow: match.allowed.join(', ') });
  }
  if (match.route.needs) requireOperation(caller, match.route.needs);
  return match.route.handle({ request, caller, params: match.params, jsm, now });
}

/** Expected refusals pass as they are; anything else is logged by name only (never its message) and answered generically. */
function reportUnexpected(error: unknown): GatewayError {
  const refusal = toGatewayError(error);
  if (refusal.kind === 'internal') console.error('Bot gateway call failed unexpectedly', error instanceof Error ? error.name : typeof error);
  return refusal;
}

async function audit(
  { id, key }: CallingKey,
  request: GatewayRequest,
  match: RouteMatch,
  started: number,
  finished: number,
  outcome: { answer: RouteAnswer } | { refusal: GatewayError },
): Promise<void> {
  const status = 'answer' in outcome ? outcome.answer.status : outcome.refusal.status;
  const named = match.kind === 'route' ? match.params.key : undefined;
  const entry: AuditEntry = {
    keyId: id,
    keyName: key.name,
    at: started,
    operation: match.kind === 'route' ? match.route.operation : 'unknown',
    method: request.method.slice(0, 10),
    status,
    result: 'answer' in outcome ? 'ok' : status >= 500 ? 'error' : 'refused',
    request: 'answer' in outcome ? (outcome.answer.requestKey ?? named) : named && /^[A-Z][A-Z0-9_]*-\d+$/.test(named) ? named : undefined,
    errorKind: 'refusal' in outcome ? outcome.refusal.kind : undefined,
    durationMs: Math.max(0, finished - started),
  };
  try {
    await appendAudit(entry);
  } catch (error) {
    // The call happened: its answer goes out even when its audit entry could not be written.
    console.error('Bot gateway audit entry not written', error instanceof Error ? error.name : typeof error);
  }
}
