import type { ConnectionCredentials } from '../connector';
import type { WebhookEvent, WebhookRegistration, WebhookTarget } from '../connector-webhooks';
import { ConnectorError } from '../http/connector-error';
import { vendorRequest, type VendorRequest } from '../http/vendor-request';
import { describeZendeskError } from './mappers';
import { zendeskSpec } from './spec';
import type { ZendeskErrorBody } from './vendor-types';

/**
 * Creates and removes Deskbridge's webhook in a Zendesk account: one webhook connected to
 * triggers (`conditional_ticket_events`), its signing secret, and one trigger per ticket event.
 * Webhooks need an admin (or an agent whose custom role may manage them).
 */

/** The ticket events a Zendesk trigger condition can tell apart (`update_type`); a new comment is a Change. */
export const ZENDESK_TRIGGER_EVENTS = [
  { event: 'ticket.created', updateType: 'Create' },
  { event: 'ticket.updated', updateType: 'Change' },
] as const satisfies readonly { event: WebhookEvent; updateType: string }[];

export type ZendeskTriggerEvent = (typeof ZENDESK_TRIGGER_EVENTS)[number]['event'];

/**
 * What a Deskbridge trigger sends: the ticket's number and what happened, nothing else (the sync
 * reads the ticket through the API, so no ticket content travels in a webhook). Zendesk's own
 * placeholders; `ticket.updated_at_with_timestamp` renders ISO 8601. Zendesk renders placeholders as plain text in webhook bodies.
 * https://support.zendesk.com/hc/en-us/articles/4408886858138-Zendesk-placeholders-reference
 */
export function zendeskWebhookBody(event: ZendeskTriggerEvent): string {
  return JSON.stringify({ ticket_id: '{{ticket.id}}', event, updated_at: '{{ticket.updated_at_with_timestamp}}' });
}

interface WebhookAnswer {
  webhook?: { id?: string };
}
interface SigningSecretAnswer {
  signing_secret?: { algorithm?: string; secret?: string };
}
interface TriggerListAnswer {
  triggers: { id: number; actions?: { field?: string; value?: unknown }[] }[];
  next_page?: string | null;
}
/** The webhooks API's own error body (unlike the Support API's `{ error, description }`). */
interface WebhookErrorAnswer {
  errors?: { code?: string; title?: string; detail?: string }[];
}

/** Triggers come 100 a page; an account has at most a few thousand. */
const MAX_TRIGGER_PAGES = 50;

export async function registerZendeskWebhook(credentials: ConnectionCredentials, target: WebhookTarget): Promise<WebhookRegistration> {
  // https://developer.zendesk.com/api-reference/webhooks/webhooks-api/webhooks/#create-or-clone-webhook
  const created = await vendorRequest<WebhookAnswer | WebhookErrorAnswer>(zendeskSpec, credentials, {
    method: 'POST',
    path: '/api/v2/webhooks',
    body: {
      webhook: {
        name: 'Deskbridge for Jira',
        description: 'Tells Deskbridge which tickets changed, so it can sync them with Jira. Created and removed by Deskbridge.',
        status: 'active',
        endpoint: target.url,
        http_method: 'POST',
        request_format: 'json',
        subscriptions: ['conditional_ticket_events'],
      },
    },
    expect: [400, 422],
  });
  if (created.status !== 201 && created.status !== 200) throw refused('the webhook', created.body as WebhookErrorAnswer);
  const webhookId = checkedWebhookId((created.body as WebhookAnswer).webhook?.id);
  try {
    // https://developer.zendesk.com/api-reference/webhooks/webhooks-api/webhooks/#show-webhook-signing-secret
    const secret = await vendorRequest<SigningSecretAnswer>(zendeskSpec, credentials, { path: `/api/v2/webhooks/${webhookId}/signing_secret` });
    const signingSecret = secret.body?.signing_secret?.secret;
    if (!signingSecret) throw new ConnectorError('unavailable', zendeskSpec.messages.unavailable);
    for (const { event, updateType } of ZENDESK_TRIGGER_EVENTS) {
      // https://developer.zendesk.com/api-reference/ticketing/business-rules/triggers/#create-trigger
      await write(credentials, {
        method: 'POST',
        path: '/api/v2/triggers',
        body: {
          trigger: {
            title: `Deskbridge: ${event} (webhook ${webhookId})`,
            description: 'Notifies Deskbridge for Jira. Created by Deskbridge; it removes it when webhooks are turned off.',
            active: true,
            conditions: { all: [{ field: 'update_type', operator: 'is', value: updateType }], any: [] },
            actions: [{ field: 'notification_webhook', value: [webhookId, zendeskWebhookBody(event)] }],
          },
        },
      });
    }
    return { webhookId, signingSecret };
  } catch (error) {
    // Nothing half made: a webhook without its triggers never fires, yet counts against the account's limit.
    await unregisterZendeskWebhook(credentials, webhookId).catch(() => undefined);
    throw error;
  }
}

/** Removes the triggers that notify the webhook, then the webhook; what is already gone is fine. */
export async function unregisterZendeskWebhook(credentials: ConnectionCredentials, webhookId: string): Promise<void> {
  const id = checkedWebhookId(webhookId);
  for (const triggerId of await triggersNotifying(credentials, id)) {
    // https://developer.zendesk.com/api-reference/ticketing/business-rules/triggers/#delete-trigger
    await vendorRequest(zendeskSpec, credentials, { method: 'DELETE', path: `/api/v2/triggers/${triggerId}`, expect: [404] });
  }
  // https://developer.zendesk.com/api-reference/webhooks/webhooks-api/webhooks/#delete-webhook
  await vendorRequest(zendeskSpec, credentials, { method: 'DELETE', path: `/api/v2/webhooks/${id}`, expect: [404] });
}

/** Found by their action rather than remembered: an admin may have copied or renamed them. */
async function triggersNotifying(credentials: ConnectionCredentials, webhookId: string): Promise<number[]> {
  const found: number[] = [];
  // https://developer.zendesk.com/api-reference/ticketing/business-rules/triggers/#list-triggers
  let path: string | undefined = '/api/v2/triggers';
  for (let page = 0; path && page < MAX_TRIGGER_PAGES; page++) {
    const { body }: { body: TriggerListAnswer } = await vendorRequest<TriggerListAnswer>(zendeskSpec, credentials, { path });
    for (const trigger of body.triggers ?? []) {
      const notifies = (trigger.actions ?? []).some((action) => action.field === 'notification_webhook' && Array.isArray(action.value) && action.value[0] === webhookId);
      if (notifies) found.push(trigger.id);
    }
    path = nextTriggersPage(body.next_page, credentials.domain);
  }
  return found;
}

async function write(credentials: ConnectionCredentials, request: VendorRequest): Promise<void> {
  const response = await vendorRequest<ZendeskErrorBody>(zendeskSpec, credentials, { ...request, expect: [422] });
  if (response.status === 422) throw new ConnectorError('invalid', `Zendesk refused the trigger: ${describeZendeskError(response.body)}`, 422);
}

function refused(what: string, body: WebhookErrorAnswer | undefined): ConnectorError {
  const reason = (body?.errors ?? []).map((error) => error.detail ?? error.title ?? error.code).filter(Boolean).join('; ') || 'no reason given';
  return new ConnectorError('invalid', `Zendesk refused ${what}: ${reason.slice(0, 300)}`, 400);
}

/** Webhook ids are ULIDs; anything else never reaches a URL. */
function checkedWebhookId(id: unknown): string {
  if (typeof id === 'string' && /^[0-9A-Za-z]{10,40}$/.test(id)) return id;
  throw new ConnectorError('invalid', 'That is not a Zendesk webhook id.');
}

/** Follows Zendesk's `next_page` only on the same account: a credential never goes elsewhere. */
function nextTriggersPage(nextPage: string | null | undefined, domain: string): string | undefined {
  if (!nextPage) return undefined;
  let url: URL;
  try {
    url = new URL(nextPage);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.hostname !== domain || !/^\/api\/v2\/triggers(\.json)?$/.test(url.pathname)) {
    throw new ConnectorError('unavailable', zendeskSpec.messages.unavailable);
  }
  return `${url.pathname}${url.search}`;
}
