import type { ConnectorWebhooks } from '../connector-webhooks';
import { registerZendeskWebhook, unregisterZendeskWebhook, zendeskWebhookBody } from './zendesk-webhook-api';

/**
 * Zendesk signs its webhooks itself (X-Zendesk-Webhook-Signature, HMAC-SHA256 with the webhook's
 * signing secret), and its API can create everything, so the admin pastes nothing: Deskbridge
 * registers one webhook connected to triggers rather than to Zendesk's event subscriptions,
 * because a trigger's body is ours to choose (the ticket number only, no ticket content). The
 * instructions describe the same setup by hand.
 * https://developer.zendesk.com/documentation/webhooks/creating-and-monitoring-webhooks/
 */

export const zendeskWebhooks: ConnectorWebhooks = {
  scheme: 'vendor-signature',
  register: registerZendeskWebhook,
  unregister: unregisterZendeskWebhook,
  instructions: ({ url }) => ({
    steps: [
      'Deskbridge sets this up for you when you turn webhooks on. To do it by hand instead:',
      'In Zendesk Admin Center, open Apps and integrations → Webhooks → Create webhook, and choose "Trigger or automation".',
      `Endpoint URL: ${url}; request method POST; request format JSON; authentication None. Create the webhook.`,
      'On the webhook’s page choose "Reveal secret", and paste the signing secret into Deskbridge: it is how Deskbridge knows a delivery came from Zendesk.',
      'In Objects and rules → Business rules → Triggers, add a trigger with the condition "Ticket › Is › Updated" and the action "Notify by › Active webhook" (this webhook), with the JSON body below.',
      'Add a second trigger with the condition "Ticket › Is › Created" and the same body, with "ticket.updated" changed to "ticket.created".',
    ],
    url,
    method: 'POST',
    headers: [],
    payloadTemplate: zendeskWebhookBody('ticket.updated'),
  }),
};
