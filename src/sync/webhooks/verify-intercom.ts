import { hmac, sameSecret } from './webhook-crypto';
import { fromUnixSeconds, insideWindow, readHeader } from './delivery-claims';
import { refuse, type WebhookInput, type WebhookVerdict } from './webhook-types';

/**
 * Intercom: `X-Hub-Signature: sha1=<hex>`, the HMAC-SHA1 of the raw body keyed with the app's
 * client secret. Intercom signs no timestamp header, so the replay window is measured from the
 * notification's own `created_at` (Unix seconds), which the signature covers since it is in the body.
 * https://developers.intercom.com/docs/webhooks/webhook-notifications
 * https://developers.intercom.com/docs/references/2.15/webhooks/webhook-models
 */
export const INTERCOM_SIGNATURE_HEADER = 'X-Hub-Signature';

export function verifyIntercom(input: WebhookInput): WebhookVerdict {
  const header = readHeader(input.headers, INTERCOM_SIGNATURE_HEADER);
  if (header.kind === 'repeated') return refuse(400, `${INTERCOM_SIGNATURE_HEADER} was sent more than once`);
  if (header.kind === 'missing') return refuse(401, `missing ${INTERCOM_SIGNATURE_HEADER}`);
  const match = /^sha1=([0-9a-f]{40})$/i.exec(header.value);
  if (!match) return refuse(401, `${INTERCOM_SIGNATURE_HEADER} is not "sha1=" and 40 hex digits`);
  const expected = hmac('sha1', input.secret, input.rawBody).toString('hex');
  if (!sameSecret(match[1].toLowerCase(), expected)) return refuse(401, 'the signature does not match this integration’s client secret');
  let createdAt: number | undefined;
  try {
    createdAt = fromUnixSeconds((JSON.parse(input.rawBody) as { created_at?: unknown } | null)?.created_at);
  } catch {
    return refuse(400, 'the notification is not JSON');
  }
  if (createdAt === undefined) return refuse(400, 'the notification has no created_at time');
  return insideWindow(createdAt, input.now);
}
