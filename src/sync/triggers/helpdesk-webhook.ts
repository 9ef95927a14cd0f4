import { kvs } from '@forge/kvs';
import { connectorFor } from '../../connectors/registry';
import { getIntegration } from '../../integrations/integration-store';
import { KEY, SECRET } from '../../storage/keys';
import type { ChangeNotice } from '../changes/change-notice';
import { pushChanges } from '../changes/push-changes';
import { authenticateWebhook, replayKey } from '../webhooks/authenticate-webhook';
import { parseWebhook } from '../webhooks/parse-webhook';
import { WEBHOOK_LIMITS } from '../webhooks/webhook-types';

/** A Forge WebTriggerRequest, as much of it as the webhook reads. */
export interface WebhookRequest {
  method: string;
  path?: string;
  headers: Record<string, string[]>;
  body?: string;
}

/** "Updated" may mean a reply, a note or a field (Freshdesk sends one rule for all): read the ticket's fields and comments. */
const SCOPE_OF_EVENT: Record<string, ChangeNotice['scope']> = {
  'ticket.created': 'created',
  'ticket.updated': 'changed',
  'comment.created': 'comments',
  'ticket.deleted': 'all',
};

const answer = (statusCode: number, body: unknown) => ({
  statusCode,
  headers: { 'Content-Type': ['application/json'] },
  body: JSON.stringify(body),
});
const refuse = (statusCode: number, message: string) => answer(statusCode, { error: { message } });

/**
 * Help desk → Jira. The web trigger URL ends in the integration id; every call is authenticated
 * with that integration's secret (the vendor's signature where it signs, else a secret header),
 * refused when stale or replayed, and turned into a change notice on the queue. Nothing is read
 * from or written to Jira here, and a refused call writes nothing at all.
 */
export async function onHelpdeskWebhook(request: WebhookRequest) {
  if (request.method !== 'POST') return refuse(405, 'Send webhooks with POST.');
  const integrationId = (request.path ?? '').replace(/^\/+|\/+$/g, '');
  const integration = integrationId ? await getIntegration(integrationId) : undefined;
  const secret = integration ? await kvs.getSecret<string>(SECRET.webhook(integrationId)) : undefined;
  if (!integration || integration.tool === 'jsm' || !secret) return refuse(404, 'No integration receives webhooks at this URL.');
  const input = { tool: integration.tool, headers: request.headers ?? {}, rawBody: request.body ?? '', secret, now: Date.now() };
  const verdict = authenticateWebhook(input);
  if (!verdict.ok) return refuse(verdict.status, verdict.reason);
  const parsed = parseWebhook(integration.tool, input.rawBody);
  if (!parsed.ok) return refuse(400, parsed.message);
  if ('ignored' in parsed) return answer(202, { ignored: parsed.ignored });
  // A signed delivery has an identity (its signature, Intercom's notification id): a copy is refused.
  // Secret-header deliveries have none (two real ones in the same second look alike), so they are
  // all taken: within the 5-minute window, a copy only makes the sync read the same ticket again.
  if (connectorFor(integration.tool).webhooks?.scheme === 'vendor-signature') {
    try {
      await kvs.set(KEY.webhookReplay(replayKey(input)), 1, { keyPolicy: 'FAIL_IF_EXISTS', ttl: { value: WEBHOOK_LIMITS.replayKeyTtlSeconds, unit: 'SECONDS' } });
    } catch {
      return refuse(409, 'This delivery was already received.');
    }
  }
  // No idempotency version: webhook times are too coarse to tell two replies apart, and a
  // repeated delivery is already refused above; applying a notice again changes nothing anyway.
  await pushChanges([{ integrationId, side: 'helpdesk', ticketId: parsed.notice.ticketId, scope: SCOPE_OF_EVENT[parsed.notice.event] ?? 'all' }]);
  return answer(202, { accepted: true });
}
