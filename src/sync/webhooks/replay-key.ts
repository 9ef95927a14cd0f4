import type { ConnectorTool } from '../../connectors/connector';
import { ZENDESK_SIGNATURE_HEADER } from './verify-zendesk';
import { readHeader } from './delivery-claims';
import { sha256Hex } from './webhook-crypto';
import type { WebhookInput } from './webhook-types';

/**
 * A key that is the same for every copy of one delivery, for refusing an exact replay inside the
 * 5-minute window: the caller records it in KVS (KEY.webhookReplay) with a TTL of
 * WEBHOOK_LIMITS.replayKeyTtlSeconds after an authenticated delivery, and refuses a delivery whose
 * key is already there. Call it only after authenticateWebhook accepted the delivery, so a forger
 * cannot fill the store.
 *
 * - Zendesk: the signature, which covers the timestamp and the body (a retry of a failed delivery
 *   is signed anew, so it is not mistaken for a replay).
 * - Intercom: the notification's `id` (`notif_…`), which Intercom keeps across retries.
 * - Freshdesk, ServiceNow: the body, whose `sent_at` makes each sending distinct to the second. Two
 *   real deliveries about the same ticket and event within one second share a key; the second is
 *   refused, which loses nothing, since both ask the sync to read the same ticket.
 *
 * The key is a hash: fixed length, KVS-safe, and no vendor value is stored as such.
 */
export function replayKey(input: Pick<WebhookInput, 'tool' | 'headers' | 'rawBody'>): string {
  return `${input.tool}:${sha256Hex(`${input.tool}\n${material(input)}`)}`;
}

function material({ tool, headers, rawBody }: Pick<WebhookInput, 'tool' | 'headers' | 'rawBody'>): string {
  const header = (name: string) => {
    const found = readHeader(headers, name);
    return found.kind === 'value' ? found.value : undefined;
  };
  const kinds: Record<ConnectorTool, () => string | undefined> = {
    zendesk: () => header(ZENDESK_SIGNATURE_HEADER) && `signature:${header(ZENDESK_SIGNATURE_HEADER)}`,
    intercom: () => notificationId(rawBody) && `notification:${notificationId(rawBody)}`,
    freshdesk: () => undefined,
    servicenow: () => undefined,
  };
  return kinds[tool]?.() ?? `body:${rawBody}`;
}

function notificationId(rawBody: string): string | undefined {
  try {
    const id = (JSON.parse(rawBody) as { id?: unknown } | null)?.id;
    return typeof id === 'string' && id ? id : undefined;
  } catch {
    return undefined;
  }
}
