import { DESKBRIDGE_SECRET_HEADER, SECRET_HEADER_PLACEHOLDER, type ConnectorWebhooks, type WebhookEvent } from '../connector-webhooks';

/**
 * Freshdesk does not sign webhooks and has no API to create automation rules, so the admin
 * pastes a "Trigger webhook" action into two automation rules (ticket creation, ticket updates).
 * Each delivery carries the integration's secret in a custom header, and a `sent_at` the rule
 * fills in when it fires, which bounds how long a captured delivery could be replayed.
 * https://support.freshdesk.com/support/solutions/articles/132589-using-webhooks-in-automation-rules
 */

/** Freshdesk's two automation rule kinds; replies and notes are ticket updates (the sync reads comments then). */
export const FRESHDESK_WEBHOOK_RULES = [
  { event: 'ticket.created', rule: 'Ticket creation' },
  { event: 'ticket.updated', rule: 'Ticket updates' },
] as const satisfies readonly { event: WebhookEvent; rule: string }[];

/**
 * The action's JSON content. `{{ticket.id}}` is a Freshdesk placeholder; placeholders are Liquid
 * templates, and Liquid's `date` filter renders `'now'` as the current time (`%s`: Unix seconds),
 * which is the only "sent at" a rule can fill in: there is no placeholder for the time of the event.
 */
export function freshdeskWebhookBody(event: (typeof FRESHDESK_WEBHOOK_RULES)[number]['event']): string {
  return JSON.stringify({ ticket_id: '{{ticket.id}}', event, sent_at: "{{ 'now' | date: '%s' }}" });
}

export const freshdeskWebhooks: ConnectorWebhooks = {
  scheme: 'secret-header',
  instructions: ({ url, secretHeader }) => ({
    steps: [
      'In Freshdesk, open Admin → Workflows → Automations, tab "Ticket updates", and choose New rule. Name it "Deskbridge: ticket updated".',
      'When an action is performed by Agent, Requester or System, on the events Deskbridge syncs: Status is changed, Priority is changed, Reply is sent, Note is added, Customer replies (and any field you map). Leave the conditions on all tickets, or narrow them to this integration’s tickets.',
      `Action "Trigger webhook": request type POST, callback URL ${url}, no authentication, the custom header below, encoding JSON, content "Advanced" with the JSON below. Save and turn the rule on.`,
      'On the tab "Ticket creation", add a rule "Deskbridge: ticket created" with the same action and the same JSON, with "ticket.updated" changed to "ticket.created".',
      'Freshdesk fills {{ticket.id}} and the time in; Deskbridge refuses deliveries without the header or older than 5 minutes.',
    ],
    url,
    method: 'POST',
    headers: [{ name: secretHeader?.name ?? DESKBRIDGE_SECRET_HEADER, value: secretHeader?.value ?? SECRET_HEADER_PLACEHOLDER }],
    payloadTemplate: freshdeskWebhookBody('ticket.updated'),
  }),
};
