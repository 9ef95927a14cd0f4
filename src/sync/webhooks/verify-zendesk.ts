import { hmac, sameSecret } from './webhook-crypto';
import { fromIso, insideWindow, readHeader } from './delivery-claims';
import { refuse, type WebhookInput, type WebhookVerdict } from './webhook-types';

/**
 * Zendesk: `X-Zendesk-Webhook-Signature` is base64(HMAC-SHA256(signing secret, timestamp + body)),
 * `X-Zendesk-Webhook-Signature-Timestamp` the ISO 8601 time it was signed at. Signing the time
 * with the body is what makes the replay window trustworthy: it cannot be moved without the
 * secret. (An older copy of Zendesk's page wrote the body first; its current page, and what
 * Zendesk sends, put the timestamp first.)
 * https://developer.zendesk.com/documentation/webhooks/verifying/
 * https://developer.zendesk.com/documentation/webhooks/anatomy-of-a-webhook-request/
 */
export const ZENDESK_SIGNATURE_HEADER = 'X-Zendesk-Webhook-Signature';
export const ZENDESK_TIMESTAMP_HEADER = 'X-Zendesk-Webhook-Signature-Timestamp';

export function verifyZendesk(input: WebhookInput): WebhookVerdict {
  const signature = readHeader(input.headers, ZENDESK_SIGNATURE_HEADER);
  const timestamp = readHeader(input.headers, ZENDESK_TIMESTAMP_HEADER);
  if (signature.kind === 'repeated' || timestamp.kind === 'repeated') return refuse(400, 'a signature header was sent more than once');
  if (signature.kind === 'missing') return refuse(401, `missing ${ZENDESK_SIGNATURE_HEADER}`);
  if (timestamp.kind === 'missing') return refuse(401, `missing ${ZENDESK_TIMESTAMP_HEADER}`);
  const expected = hmac('sha256', input.secret, timestamp.value + input.rawBody).toString('base64');
  if (!sameSecret(signature.value, expected)) return refuse(401, 'the signature does not match this integration’s signing secret');
  const signedAt = fromIso(timestamp.value);
  if (signedAt === undefined) return refuse(400, `${ZENDESK_TIMESTAMP_HEADER} is not an ISO 8601 time`);
  return insideWindow(signedAt, input.now);
}
