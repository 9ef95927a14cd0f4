import { z } from 'zod';
import { editIntegration, integrationIdField } from '../integration-payloads';
import type { WebhookSetupView } from '../../shared/sync-links';
import { describeWebhook, ensureWebhook, regenerateWebhookSecret, setVendorSigningSecret } from '../../sync/webhook-setup/webhook-setup';
import { defineResolver } from '../define-resolver';
import { syncContextOf } from './sync-context-of';

const payload = z.object({ integrationId: integrationIdField }).strict();

/** Where and how the help desk sends webhooks for this integration (no secret value). */
export const getWebhookSetup = defineResolver({
  key: 'sync-webhook/get',
  payload,
  access: editIntegration,
  handle: async ({ integrationId }): Promise<WebhookSetupView> => {
    const context = await syncContextOf(integrationId, { evenIfDisabled: true });
    return describeWebhook(context.integration, context.connector);
  },
});

/** Sets the webhook up in the help desk where its API allows (Zendesk); otherwise prepares the secret. */
export const setUpWebhook = defineResolver({
  key: 'sync-webhook/set-up',
  payload,
  access: editIntegration,
  handle: async ({ integrationId }): Promise<WebhookSetupView> => ensureWebhook(await syncContextOf(integrationId, { evenIfDisabled: true })),
});

/** A new secret header value, shown in this answer only (the old one stops working). */
export const regenerateWebhookSecretResolver = defineResolver({
  key: 'sync-webhook/regenerate-secret',
  payload,
  access: editIntegration,
  handle: async ({ integrationId }): Promise<WebhookSetupView> => {
    const context = await syncContextOf(integrationId, { evenIfDisabled: true });
    return regenerateWebhookSecret(context.integration, context.connector);
  },
});

/** The vendor's signing secret where only the admin has it (Intercom's app client secret). */
export const setWebhookSigningSecret = defineResolver({
  key: 'sync-webhook/set-signing-secret',
  payload: payload.extend({ secret: z.string().trim().min(16, 'Paste the whole client secret.').max(512) }).strict(),
  access: editIntegration,
  handle: async ({ integrationId, secret }): Promise<WebhookSetupView> => {
    const context = await syncContextOf(integrationId, { evenIfDisabled: true });
    await setVendorSigningSecret(context.integration, secret);
    return describeWebhook(context.integration, context.connector);
  },
});
