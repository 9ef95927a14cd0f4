import { hmacFor, renderPlaceholders, triggerFires, type TicketChange } from './trigger-rules';
import type { Context } from './handlers/context';
import type { CommentRecord, TicketRecord } from './state';
import { isoSeconds } from './handlers/context';

/**
 * What Zendesk does after a ticket is created or updated, through any channel (so Deskbridge's
 * own writes fire webhooks too, and the sync must recognise its echoes): every active trigger
 * whose conditions hold runs, and a `notification_webhook` action sends its body, placeholders
 * filled, to the webhook, signed with the webhook's secret over timestamp + body.
 * https://developer.zendesk.com/documentation/webhooks/anatomy-of-a-webhook-request/
 * https://developer.zendesk.com/documentation/webhooks/verifying/
 */
export function ticketChanged(ctx: Context, ticket: TicketRecord, updateType: TicketChange['updateType'], comment?: CommentRecord): void {
  const outbox = ctx.webhooks;
  const { account } = ctx;
  if (!outbox || !account.triggers?.length) return;
  const change: TicketChange = { updateType, ticket, comment, user: ctx.user, host: account.host };
  const triggers = account.triggers.filter((trigger) => trigger.active).sort((a, b) => a.position - b.position || a.id - b.id);
  for (const trigger of triggers.filter((candidate) => triggerFires(candidate, change))) {
    for (const action of trigger.actions.filter((candidate) => candidate.field === 'notification_webhook')) {
      const [webhookId, template] = action.value as [string, string];
      const webhook = account.webhooks?.find((candidate) => candidate.id === webhookId && candidate.status === 'active');
      if (!webhook) continue;
      const body = renderPlaceholders(template, change);
      const invocationId = String(Math.floor(Math.random() * 9e9) + 1e9);
      outbox.send(trigger.title, () => {
        const timestamp = isoSeconds(new Date());
        return {
          url: webhook.endpoint,
          method: webhook.http_method,
          body,
          headers: {
            'content-type': webhook.request_format === 'json' ? 'application/json; charset=utf-8' : 'application/x-www-form-urlencoded',
            'user-agent': 'Zendesk Webhook',
            'x-zendesk-account-id': accountId(account.host),
            'x-zendesk-webhook-id': webhook.id,
            'x-zendesk-webhook-invocation-id': invocationId,
            'x-zendesk-webhook-signature-timestamp': timestamp,
            'x-zendesk-webhook-signature': hmacFor(webhook.signing_secret_value, timestamp + body),
          },
        };
      });
    }
  }
}

/** A stable number per account, as Zendesk's account ids are. */
const accountId = (host: string) => String([...host].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) % 9_000_000, 7) + 1_000_000);
