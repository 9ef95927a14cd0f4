/**
 * Help-desk webhooks into Deskbridge's one web trigger: authenticate the raw delivery, refuse an
 * exact replay by its key, then parse it into a notice for the sync.
 *
 *   const verdict = authenticateWebhook({ tool, headers, rawBody, secret, now: Date.now() });
 *   if (!verdict.ok) return answer(verdict.status, verdict.reason);
 *   // record KEY.webhookReplay(replayKey(...)) with TTL WEBHOOK_LIMITS.replayKeyTtlSeconds, or 200 if already there
 *   const parsed = parseWebhook(tool, rawBody);
 */
export { authenticateWebhook } from './authenticate-webhook';
export { parseWebhook, type ParsedWebhook } from './parse-webhook';
export { replayKey } from './replay-key';
export { newWebhookSecret, webhookSecretDigest } from './webhook-crypto';
export { DESKBRIDGE_SECRET_HEADER, WEBHOOK_EVENTS, WEBHOOK_LIMITS, type WebhookEvent, type WebhookInput, type WebhookNotice, type WebhookVerdict } from './webhook-types';
