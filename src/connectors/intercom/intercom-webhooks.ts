import type { ConnectorWebhooks, WebhookEvent } from '../connector-webhooks';

/**
 * Intercom signs every notification with the app's client secret (X-Hub-Signature:
 * `sha1=<hex HMAC-SHA1 of the body>`), but webhook subscriptions are set in the Developer Hub,
 * not through the REST API: the admin subscribes the app's endpoint to the topics below and
 * pastes the client secret into Deskbridge. Conversations are Deskbridge's tickets.
 * https://developers.intercom.com/docs/webhooks/setting-up-webhooks
 */

/**
 * The conversation topics Deskbridge subscribes to, and what each means for the sync.
 * https://developers.intercom.com/docs/references/2.15/webhooks/webhook-models
 */
export const INTERCOM_WEBHOOK_TOPICS: Readonly<Record<string, WebhookEvent>> = {
  'conversation.user.created': 'ticket.created',
  'conversation.admin.single.created': 'ticket.created',
  'conversation.user.replied': 'comment.created',
  'conversation.admin.replied': 'comment.created',
  'conversation.admin.noted': 'comment.created',
  'conversation.admin.assigned': 'ticket.updated',
  'conversation.admin.closed': 'ticket.updated',
  'conversation.admin.opened': 'ticket.updated',
  'conversation.admin.snoozed': 'ticket.updated',
  'conversation.admin.unsnoozed': 'ticket.updated',
  'conversation_part.tag.created': 'ticket.updated',
  'conversation.deleted': 'ticket.deleted',
};

export const intercomWebhooks: ConnectorWebhooks = {
  scheme: 'vendor-signature',
  instructions: ({ url }) => ({
    steps: [
      'In Intercom, open the Developer Hub, choose the app whose access token this connection uses, then Configure → Webhooks.',
      `Endpoint URL: ${url}`,
      `Select the topics: ${Object.keys(INTERCOM_WEBHOOK_TOPICS).join(', ')}. Save; Intercom sends a test notification (ping) to check the endpoint.`,
      'Open Basic information, copy the app’s Client secret and paste it into Deskbridge: Intercom signs every notification with it, and Deskbridge refuses any that is not signed with it.',
    ],
    url,
    method: 'POST',
    headers: [],
    // Intercom sends its own notification JSON: there is no body to paste.
    payloadTemplate: '',
  }),
};
