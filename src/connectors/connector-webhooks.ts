import type { ConnectionCredentials } from './connector';

/**
 * How a help desk tells Deskbridge that a ticket changed. Deskbridge receives every tool's
 * webhooks in one Forge web trigger, which the platform does not authenticate: each delivery is
 * checked against the integration's secret (src/sync/webhooks). These types are the connector's
 * half: how the webhook gets set up in the help desk, and what is sent.
 */

/** What a webhook says happened; the sync fetches the ticket itself, so the event only steers it. */
export const WEBHOOK_EVENTS = ['ticket.created', 'ticket.updated', 'comment.created', 'ticket.deleted'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/**
 * The header help desks without signed webhooks (Freshdesk, ServiceNow) send the integration's
 * secret in. It is a header, not a URL parameter, so it never lands in access logs.
 */
export const DESKBRIDGE_SECRET_HEADER = 'X-Deskbridge-Secret';

/** Where the help desk sends its webhooks: the web trigger URL of one integration. */
export interface WebhookTarget {
  url: string;
}

/**
 * What an admin pastes into the help desk when Deskbridge cannot set the webhook up by API.
 * Shown on the page; the secret header's value appears only in the one answer the admin asks it
 * in, never in a list or a log.
 */
export interface WebhookInstructions {
  steps: string[];
  url: string;
  method: 'POST';
  headers: { name: string; value: string }[];
  /** The body the help desk sends, with its own placeholders; empty when the vendor fixes the body. */
  payloadTemplate: string;
}

/** A webhook Deskbridge created in the help desk, and the secret the help desk signs it with. */
export interface WebhookRegistration {
  webhookId: string;
  signingSecret: string;
}

/**
 * A connector's webhook support. `vendor-signature`: the help desk signs each delivery (Zendesk,
 * Intercom); `secret-header`: the admin pastes a header with a secret Deskbridge generated
 * (Freshdesk, ServiceNow). `register`/`unregister` exist where the vendor has an API for it.
 */
export interface ConnectorWebhooks {
  scheme: 'vendor-signature' | 'secret-header';
  register?(credentials: ConnectionCredentials, target: WebhookTarget): Promise<WebhookRegistration>;
  unregister?(credentials: ConnectionCredentials, webhookId: string): Promise<void>;
  instructions(target: { url: string; secretHeader?: { name: string; value: string } }): WebhookInstructions;
}

/** The secret header as shown before the admin asked for its value (never the value itself). */
export const SECRET_HEADER_PLACEHOLDER = '<the secret Deskbridge shows once when you generate it>';
