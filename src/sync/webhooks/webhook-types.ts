import type { ConnectorTool } from '../../connectors/connector';
import type { WebhookEvent } from '../../connectors/connector-webhooks';

export { WEBHOOK_EVENTS, DESKBRIDGE_SECRET_HEADER, type WebhookEvent } from '../../connectors/connector-webhooks';

/**
 * One help-desk webhook as Deskbridge's web trigger receives it. Forge does not authenticate web
 * trigger calls, so nothing in a delivery is trusted until authenticateWebhook has checked it.
 */
export interface WebhookInput {
  tool: ConnectorTool;
  /** As the web trigger gets them: any case, a value or a list of values. */
  headers: Record<string, string | string[]>;
  /** The body exactly as received: signatures are over these bytes, not over re-serialised JSON. */
  rawBody: string;
  /**
   * What the integration keeps to check deliveries with. Zendesk, Intercom: the vendor's signing
   * or client secret itself (an HMAC needs the key). Freshdesk, ServiceNow: the SHA-256 hex digest
   * of the secret Deskbridge generated (webhookSecretDigest), since a header only has to be
   * compared, the secret is shown once and never stored, and a leaked digest cannot be sent as the header.
   */
  secret: string;
  /** The receiver's clock, in milliseconds since the epoch. */
  now: number;
}

/**
 * The answer for the caller to send when a delivery is refused. `reason` is short and safe to
 * log or return: it never holds the secret, the expected signature or the body.
 */
export type WebhookVerdict = { ok: true } | { ok: false; status: 401 | 408 | 413 | 400; reason: string };

export type WebhookRefusal = Extract<WebhookVerdict, { ok: false }>;

export const refuse = (status: WebhookRefusal['status'], reason: string): WebhookRefusal => ({ ok: false, status, reason });

/** What a webhook told Deskbridge: which ticket (conversation, incident) changed, and how. */
export interface WebhookNotice {
  ticketId: string;
  event: WebhookEvent;
  /** When it happened or was sent (ISO 8601), where the payload says. */
  occurredAt?: string;
}

export const WEBHOOK_LIMITS = {
  /**
   * Deskbridge's payloads are a few hundred bytes; Intercom's, which carry the whole
   * conversation, stay well under this. Anything bigger is refused before it is parsed.
   */
  maxBodyBytes: 256 * 1024,
  /** How far a delivery's time may be from the receiver's clock, either way. */
  windowSeconds: 5 * 60,
  /**
   * How long a replay key must be kept: a delivery is acceptable from 5 minutes before to
   * 5 minutes after its time, so a key kept 10 minutes outlives every copy that could pass.
   */
  replayKeyTtlSeconds: 2 * 5 * 60,
} as const;
