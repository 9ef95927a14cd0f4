import { sameSecret, webhookSecretDigest } from './webhook-crypto';
import { fromUnixOrIso, insideWindow, readHeader } from './delivery-claims';
import { DESKBRIDGE_SECRET_HEADER, refuse, type WebhookInput, type WebhookVerdict } from './webhook-types';

/**
 * Freshdesk and ServiceNow cannot sign a webhook. The admin pastes Deskbridge's secret into a
 * custom header (Freshdesk's "Trigger webhook" action, ServiceNow's REST message), and the pasted
 * body carries `sent_at`, which the help desk fills in when it sends: Freshdesk through Liquid's
 * `{{ 'now' | date: '%s' }}`, ServiceNow's business rule through `${sent_at}`. The secret proves
 * who sent it (HTTPS keeps it from being read on the way; Deskbridge keeps only its digest); `sent_at` limits a captured delivery
 * to the same 5 minutes as a signed one. Without a signature, `sent_at` could be altered by
 * whoever captured a delivery, which is why exact copies are also refused by replay key.
 * https://support.freshdesk.com/support/solutions/articles/132589-using-webhooks-in-automation-rules
 * https://www.servicenow.com/docs/r/api-reference/web-services/c_VariableSubstitutionREST.html
 */
export function verifySecretHeader(input: WebhookInput): WebhookVerdict {
  const header = readHeader(input.headers, DESKBRIDGE_SECRET_HEADER);
  if (header.kind === 'repeated') return refuse(400, `${DESKBRIDGE_SECRET_HEADER} was sent more than once`);
  if (header.kind === 'missing') return refuse(401, `missing ${DESKBRIDGE_SECRET_HEADER}`);
  // The integration keeps only the secret's digest (it is shown once, when generated), so the header is compared as a digest.
  if (!sameSecret(webhookSecretDigest(header.value), input.secret)) return refuse(401, `${DESKBRIDGE_SECRET_HEADER} is not this integration’s secret`);
  let sentAt: number | undefined;
  try {
    sentAt = fromUnixOrIso((JSON.parse(input.rawBody) as { sent_at?: unknown } | null)?.sent_at);
  } catch {
    return refuse(400, 'the body is not JSON');
  }
  if (sentAt === undefined) return refuse(400, 'the body has no sent_at time (Unix seconds or ISO 8601)');
  return insideWindow(sentAt, input.now);
}
