import { createHmac } from 'node:crypto';
import { webhookSecretDigest, type WebhookInput } from '../../../../../src/sync/webhooks';

/**
 * Deliveries signed the way each help desk signs them, for the authentication tests. Each builder
 * takes the time it was sent and the secret, so a test can move one of them and nothing else.
 */
export const NOW = Date.parse('2026-03-02T10:00:00Z');
export const MINUTE = 60_000;
export const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Zendesk: base64(HMAC-SHA256(secret, timestamp + body)), the timestamp in ISO 8601. */
export function zendeskDelivery(options: { body?: string; secret: string; sentAt?: number; now?: number }): WebhookInput {
  const rawBody = options.body ?? '{"ticket_id":"101","event":"ticket.updated","updated_at":"2026-03-02T09:59:58Z"}';
  const timestamp = isoSeconds(options.sentAt ?? NOW);
  const signature = createHmac('sha256', options.secret).update(timestamp + rawBody).digest('base64');
  return {
    tool: 'zendesk',
    headers: { 'x-zendesk-webhook-signature': signature, 'x-zendesk-webhook-signature-timestamp': timestamp, 'content-type': 'application/json' },
    rawBody,
    secret: options.secret,
    now: options.now ?? NOW,
  };
}

/** Intercom: X-Hub-Signature: sha1=<hex HMAC-SHA1(client secret, body)>; the time is the body's created_at. */
export function intercomDelivery(options: { notification: Record<string, unknown>; secret: string; createdAt?: number; now?: number }): WebhookInput {
  const createdAt = Math.floor((options.createdAt ?? NOW) / 1000);
  const rawBody = JSON.stringify({ ...options.notification, created_at: createdAt, first_sent_at: createdAt });
  const signature = createHmac('sha1', options.secret).update(rawBody).digest('hex');
  return { tool: 'intercom', headers: { 'X-Hub-Signature': `sha1=${signature}` }, rawBody, secret: options.secret, now: options.now ?? NOW };
}

/** Freshdesk, ServiceNow: the secret in X-Deskbridge-Secret, the time in the body's sent_at; Deskbridge checks it against the digest it keeps. */
export function secretHeaderDelivery(options: { tool: 'freshdesk' | 'servicenow'; body: Record<string, unknown>; secret: string; sentAt?: number | string; now?: number }): WebhookInput {
  const sentAt = options.sentAt ?? String(Math.floor(NOW / 1000));
  return {
    tool: options.tool,
    headers: { 'X-Deskbridge-Secret': options.secret, 'Content-Type': 'application/json' },
    rawBody: JSON.stringify({ ...options.body, sent_at: sentAt }),
    secret: webhookSecretDigest(options.secret),
    now: options.now ?? NOW,
  };
}

/** A body just over the 256 KB limit, still valid JSON. */
export const oversized = (key: string) => JSON.stringify({ [key]: 'x'.repeat(256 * 1024) });
