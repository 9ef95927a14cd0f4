import { webhookError, newSigningSecret, newWebhookId, webhookView, type WebhookHolder, type WebhookRecord } from '../webhook-state';
import { ok } from '../responses';
import type { Json } from '../state';
import { isoSeconds, type Context, type Handled } from './context';

/**
 * The Webhooks API: create, show, show signing secret, delete. Admins only in the sandbox (Zendesk
 * also lets agents whose custom role may manage webhooks). A webhook connected to triggers and
 * automations has `subscriptions: ["conditional_ticket_events"]` and nothing else.
 * https://developer.zendesk.com/api-reference/webhooks/webhooks-api/webhooks/
 */

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const FORMATS = ['json', 'xml', 'form_encoded'];

const holder = (ctx: Context): WebhookHolder => ctx.account;
const notAdmin = () => ({ response: webhookError(403, 'Forbidden', 'Forbidden', 'You do not have access to this resource') });
const noWebhook = () => ({ response: webhookError(404, 'WebhookNotFound', 'Webhook not found', 'The webhook does not exist') });
const invalid = (field: string, detail: string) => ({ response: webhookError(400, 'InvalidValue', 'Invalid value', detail, `/webhook/${field}`) });

export const findWebhook = (ctx: Context, id: string) => (holder(ctx).webhooks ?? []).find((webhook) => webhook.id === id);

/** POST /api/v2/webhooks — https://developer.zendesk.com/api-reference/webhooks/webhooks-api/webhooks/#create-or-clone-webhook */
export function createWebhook(ctx: Context): Handled {
  if (ctx.user.role !== 'admin') return notAdmin();
  const input = (ctx.request.body as Json | undefined)?.webhook as Json | undefined;
  if (!input || typeof input !== 'object') return invalid('', 'The request body must be { "webhook": { ... } }');
  if (typeof input.name !== 'string' || !input.name.trim()) return invalid('name', 'Name is required');
  if (typeof input.endpoint !== 'string' || !/^https?:\/\/[^\s]+$/.test(input.endpoint)) return invalid('endpoint', 'Endpoint must be a valid URL');
  if (!METHODS.includes(String(input.http_method))) return invalid('http_method', `http_method must be one of ${METHODS.join(', ')}`);
  if (!FORMATS.includes(String(input.request_format))) return invalid('request_format', `request_format must be one of ${FORMATS.join(', ')}`);
  if (input.status !== 'active' && input.status !== 'inactive') return invalid('status', 'status must be active or inactive');
  const subscriptions = Array.isArray(input.subscriptions) ? input.subscriptions.map(String) : [];
  if (subscriptions.includes('conditional_ticket_events') && subscriptions.length > 1) {
    return invalid('subscriptions', 'A webhook connected to triggers or automations cannot subscribe to Zendesk events');
  }
  const at = isoSeconds(ctx.now);
  const webhook: WebhookRecord = {
    id: newWebhookId(),
    name: input.name.trim(),
    ...(typeof input.description === 'string' ? { description: input.description } : {}),
    status: input.status,
    endpoint: input.endpoint,
    http_method: input.http_method as WebhookRecord['http_method'],
    request_format: input.request_format as WebhookRecord['request_format'],
    subscriptions,
    created_at: at,
    created_by: String(ctx.user.id),
    updated_at: at,
    updated_by: String(ctx.user.id),
    signing_secret_value: newSigningSecret(),
  };
  (holder(ctx).webhooks ??= []).push(webhook);
  return { response: ok({ webhook: webhookView(webhook) }, 201, { location: `https://${ctx.account.host}/api/v2/webhooks/${webhook.id}` }), changed: true };
}

/** GET /api/v2/webhooks/{webhook_id} — https://developer.zendesk.com/api-reference/webhooks/webhooks-api/webhooks/#show-webhook */
export function showWebhook(ctx: Context): Handled {
  if (ctx.user.role !== 'admin') return notAdmin();
  const webhook = findWebhook(ctx, ctx.params.webhook_id);
  return webhook ? { response: ok({ webhook: webhookView(webhook) }) } : noWebhook();
}

/** GET /api/v2/webhooks/{webhook_id}/signing_secret — https://developer.zendesk.com/api-reference/webhooks/webhooks-api/webhooks/#show-webhook-signing-secret */
export function showSigningSecret(ctx: Context): Handled {
  if (ctx.user.role !== 'admin') return notAdmin();
  const webhook = findWebhook(ctx, ctx.params.webhook_id);
  return webhook ? { response: ok({ signing_secret: { algorithm: 'SHA256', secret: webhook.signing_secret_value } }) } : noWebhook();
}

/** DELETE /api/v2/webhooks/{webhook_id} — https://developer.zendesk.com/api-reference/webhooks/webhooks-api/webhooks/#delete-webhook */
export function deleteWebhook(ctx: Context): Handled {
  if (ctx.user.role !== 'admin') return notAdmin();
  const webhooks = holder(ctx).webhooks ?? [];
  const index = webhooks.findIndex((webhook) => webhook.id === ctx.params.webhook_id);
  if (index < 0) return noWebhook();
  webhooks.splice(index, 1);
  return { response: { status: 204 }, changed: true };
}
