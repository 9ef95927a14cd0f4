import { createHmac, randomUUID } from 'node:crypto';
import { pasteTargets } from '../vendor/webhook-control';
import type { WebhookOutbox } from '../vendor/webhook-outbox';
import { conversationView } from './shapes';
import type { IntercomState } from './state';

/**
 * Intercom's webhooks for an app whose Developer Hub subscription an admin set up
 * (`POST /__sandbox/webhooks` with the endpoint, the topics as `events`, and the app's client
 * secret as `secret`): after a conversation changes through the API (Deskbridge's own writes
 * included), every target subscribed to the topic gets a notification_event holding the
 * conversation, signed `X-Hub-Signature: sha1=<hex HMAC-SHA1 of the body>` with the client secret.
 * https://developers.intercom.com/docs/references/2.15/webhooks/webhook-models
 * https://developers.intercom.com/docs/webhooks/webhook-notifications
 */

/** The topic an API operation raises; undefined for reads and changes Intercom has no topic for. */
export function topicOf(operationId: string, body: Record<string, unknown>): string | undefined {
  switch (operationId) {
    case 'createConversation':
      return 'conversation.user.created';
    case 'replyConversation':
      if (body.type === 'user') return 'conversation.user.replied';
      return body.message_type === 'note' ? 'conversation.admin.noted' : 'conversation.admin.replied';
    case 'manageConversation':
      return { close: 'conversation.admin.closed', snoozed: 'conversation.admin.snoozed', open: 'conversation.admin.opened', assignment: 'conversation.admin.assigned' }[String(body.message_type)];
    case 'attachTagToConversation':
      return 'conversation_part.tag.created';
    default:
      return undefined;
  }
}

export function conversationChanged(state: IntercomState, topic: string, answer: unknown, now: number, outbox: WebhookOutbox | undefined): void {
  const reply = answer as { type?: string; id?: unknown; conversation_id?: unknown } | undefined;
  const conversationId = String(reply?.type === 'conversation' ? reply.id : reply?.conversation_id);
  const conversation = state.conversations.find((candidate) => candidate.id === conversationId);
  if (!outbox || !conversation) return;
  // The notification holds the conversation as it was when the topic fired.
  const item = conversationView(conversation);
  for (const target of pasteTargets(state, topic)) {
    const secret = target.secret;
    if (!secret) continue;
    const id = `notif_${randomUUID()}`;
    let attempt = 0;
    outbox.send(topic, () => {
      attempt += 1;
      const body = JSON.stringify({
        type: 'notification_event',
        app_id: state.app.id_code,
        data: { type: 'notification_event_data', item },
        links: {},
        id,
        topic,
        delivery_status: 'pending',
        delivery_attempts: attempt,
        delivered_at: 0,
        first_sent_at: now,
        created_at: now,
        self: null,
      });
      const signature = createHmac('sha1', secret).update(body, 'utf8').digest('hex');
      return { url: target.url, method: 'POST', body, headers: { 'content-type': 'application/json', 'user-agent': 'Intercom-Webhooks', 'x-hub-signature': `sha1=${signature}`, ...target.headers } };
    });
  }
}
