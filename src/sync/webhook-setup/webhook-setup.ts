import { webTrigger } from '@forge/api';
import { kvs } from '@forge/kvs';
import { SECRET_HEADER_PLACEHOLDER, type WebhookInstructions } from '../../connectors/connector-webhooks';
import type { Integration } from '../../integrations/integration';
import { UserFacingError } from '../../shared/errors';
import { KEY, SECRET } from '../../storage/keys';
import { DESKBRIDGE_SECRET_HEADER, newWebhookSecret } from '../webhooks';
import { webhookSecretDigest } from '../webhooks/webhook-crypto';
import type { SyncContext } from '../sync-context';

/** The manifest's webtrigger module for help-desk webhooks (one URL; the integration id is the path). */
export const WEBHOOK_TRIGGER_KEY = 'helpdesk-webhook';

export interface WebhookSetup {
  url: string;
  scheme: 'vendor-signature' | 'secret-header';
  /** Deskbridge created the webhook in the help desk itself (Zendesk). */
  registered: boolean;
  /** A secret is set: deliveries can be authenticated. */
  hasSecret: boolean;
  /** What to paste into the help desk, where Deskbridge cannot set it up by API. The secret value is never here. */
  instructions?: WebhookInstructions;
}

interface Registration {
  webhookId: string;
  registeredAt: number;
}

export async function webhookUrlOf(integrationId: string): Promise<string> {
  return `${(await webTrigger.getUrl(WEBHOOK_TRIGGER_KEY)).replace(/\/$/, '')}/${integrationId}`;
}

/**
 * Makes sure the help desk can reach the integration's webhook URL, when the integration is
 * enabled: where the vendor's API can create the webhook (Zendesk), Deskbridge creates it and
 * keeps the signing secret it answers; for a secret-header tool it generates the secret (shown
 * once, when the admin asks for the paste-in instructions). Idempotent: a second enable reuses both.
 */
export async function ensureWebhook(context: Pick<SyncContext, 'integration' | 'connector' | 'credentials'>): Promise<WebhookSetup> {
  const { integration, connector } = context;
  const webhooks = connector.webhooks;
  const url = await webhookUrlOf(integration.id);
  if (webhooks?.register && !(await kvs.get<Registration>(KEY.webhookRegistration(integration.id)))) {
    const registration = await webhooks.register(context.credentials, { url });
    await kvs.setSecret(SECRET.webhook(integration.id), registration.signingSecret);
    await kvs.set(KEY.webhookRegistration(integration.id), { webhookId: registration.webhookId, registeredAt: Date.now() });
  } else if (webhooks?.scheme === 'secret-header' && !(await kvs.getSecret(SECRET.webhook(integration.id)))) {
    await kvs.setSecret(SECRET.webhook(integration.id), webhookSecretDigest(newWebhookSecret()));
  }
  return describeWebhook(integration, context.connector);
}

/** The webhook's state and paste-in instructions, without any secret value. */
export async function describeWebhook(integration: Integration, connector: SyncContext['connector']): Promise<WebhookSetup> {
  const url = await webhookUrlOf(integration.id);
  const scheme = connector.webhooks?.scheme ?? 'secret-header';
  const registered = (await kvs.get(KEY.webhookRegistration(integration.id))) !== undefined;
  const hasSecret = Boolean(await kvs.getSecret(SECRET.webhook(integration.id)));
  const secretHeader = scheme === 'secret-header' ? { name: DESKBRIDGE_SECRET_HEADER, value: SECRET_HEADER_PLACEHOLDER } : undefined;
  const instructions = registered ? undefined : connector.webhooks?.instructions({ url, secretHeader });
  return { url, scheme, registered, hasSecret, instructions };
}

/**
 * A new secret for a secret-header tool, answered once with the instructions to paste it (the
 * previous secret stops working at once: the admin pastes the new one in the help desk). Only
 * its digest is kept, so no one can read it back later, Deskbridge included.
 */
export async function regenerateWebhookSecret(integration: Integration, connector: SyncContext['connector']): Promise<WebhookSetup> {
  if (connector.webhooks?.scheme !== 'secret-header') {
    throw new UserFacingError('invalid', `${connector.spec.displayName} signs its webhooks itself; there is no secret header to generate.`);
  }
  const secret = newWebhookSecret();
  await kvs.setSecret(SECRET.webhook(integration.id), webhookSecretDigest(secret));
  const setup = await describeWebhook(integration, connector);
  const url = setup.url;
  return { ...setup, instructions: connector.webhooks?.instructions({ url, secretHeader: { name: DESKBRIDGE_SECRET_HEADER, value: secret } }) };
}

/** Intercom signs with the app's client secret, which only the admin has: they paste it here. */
export async function setVendorSigningSecret(integration: Integration, secret: string): Promise<void> {
  await kvs.setSecret(SECRET.webhook(integration.id), secret);
}

/** Removes the webhook Deskbridge created (if any) and the secret, when the integration is deleted. */
export async function removeWebhook(context: Pick<SyncContext, 'integration' | 'connector' | 'credentials'>): Promise<void> {
  const registration = await kvs.get<Registration>(KEY.webhookRegistration(context.integration.id));
  if (registration && context.connector.webhooks?.unregister) await context.connector.webhooks.unregister(context.credentials, registration.webhookId);
  await kvs.delete(KEY.webhookRegistration(context.integration.id));
  await kvs.deleteSecret(SECRET.webhook(context.integration.id));
}
