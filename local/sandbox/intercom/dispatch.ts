import type { VendorRequest, VendorResponse } from '../vendor/vendor-sandbox';
import type { WebhookOutbox } from '../vendor/webhook-outbox';
import { authenticate, type Caller } from './auth';
import { errorBody, IntercomError, notFound } from './errors';
import { wakeSnoozed } from './handlers/conversation-actions';
import { matchPath } from './route';
import { ROUTES } from './routes';
import { nowSeconds, type IntercomState } from './state';
import { conversationChanged, topicOf } from './webhook-emitter';

/**
 * One request against the workspace: authenticate (401 before anything else, as Intercom does),
 * count it against the rate limit, route it, and answer in Intercom's shapes; every error as
 * Intercom's `error.list`, with the rate-limit headers on every authenticated answer.
 */
export function handleIntercom(request: VendorRequest, state: IntercomState, webhooks?: WebhookOutbox): { response: VendorResponse; changed?: boolean } {
  let caller: Caller | undefined;
  try {
    caller = authenticate(request, state);
    const now = nowSeconds();
    const woke = wakeSnoozed(state.conversations, now);
    for (const route of ROUTES) {
      if (route.method !== request.method) continue;
      const params = matchPath(route.path, request.path);
      if (!params) continue;
      const body = request.body && typeof request.body === 'object' && !Array.isArray(request.body) ? (request.body as Record<string, unknown>) : {};
      const result = route.handler({ request, state, caller, params, body, now });
      const topic = result.changed ? topicOf(route.operationId, body) : undefined;
      if (topic) conversationChanged(state, topic, result.body, now, webhooks);
      return { response: { status: result.status ?? 200, body: result.body, headers: caller.headers }, changed: Boolean(result.changed) || woke };
    }
    throw notFound();
  } catch (error) {
    if (!(error instanceof IntercomError)) throw error;
    return { response: { status: error.status, body: errorBody(error.code, error.message), headers: { ...caller?.headers, ...error.headers } } };
  }
}
