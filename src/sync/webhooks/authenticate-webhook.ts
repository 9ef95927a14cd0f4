import type { ConnectorTool } from '../../connectors/connector';
import { verifyIntercom } from './verify-intercom';
import { verifySecretHeader } from './verify-secret-header';
import { verifyZendesk } from './verify-zendesk';
import { refuse, WEBHOOK_LIMITS, type WebhookInput, type WebhookVerdict } from './webhook-types';

export { replayKey } from './replay-key';

/**
 * Decides whether a delivery to Deskbridge's web trigger really comes from the integration's help
 * desk, recently. Forge does not authenticate web trigger calls, so this runs first, on the raw
 * bytes, before anything is parsed or queued. Order matters: the size is checked before any
 * hashing, the secret or signature before the time (so an unauthenticated caller learns nothing
 * about timing), and every comparison is constant-time. Exact copies inside the window are
 * refused by the caller with replayKey().
 */
const VERIFIERS: Record<ConnectorTool, (input: WebhookInput) => WebhookVerdict> = {
  zendesk: verifyZendesk,
  intercom: verifyIntercom,
  freshdesk: verifySecretHeader,
  servicenow: verifySecretHeader,
};

export function authenticateWebhook(input: WebhookInput): WebhookVerdict {
  const verify = Object.prototype.hasOwnProperty.call(VERIFIERS, input.tool) ? VERIFIERS[input.tool] : undefined;
  if (!verify) return refuse(400, 'not a help desk Deskbridge receives webhooks from');
  if (typeof input.rawBody !== 'string') return refuse(400, 'the body is missing');
  if (Buffer.byteLength(input.rawBody, 'utf8') > WEBHOOK_LIMITS.maxBodyBytes) return refuse(413, `the body is larger than ${WEBHOOK_LIMITS.maxBodyBytes / 1024} KB`);
  // An empty key would make every signature computable by anyone: no secret, no delivery.
  if (!input.secret) return refuse(401, 'this integration has no webhook secret yet');
  if (!Number.isFinite(input.now)) return refuse(400, 'the receiver has no clock');
  return verify(input);
}
