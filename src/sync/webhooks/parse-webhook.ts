import type { ConnectorTool } from '../../connectors/connector';
import { INTERCOM_WEBHOOK_TOPICS } from '../../connectors/intercom/intercom-webhooks';
import type { z } from 'zod';
import { describeIssues, freshdeskPayload, intercomConversation, intercomNotification, servicenowPayload, zendeskPayload } from './payload-schemas';
import { fromIso, fromUnixOrIso } from './delivery-claims';
import type { WebhookNotice } from './webhook-types';

/**
 * Turns an authenticated webhook body into what the sync needs: which ticket, and what happened.
 * Run it only after authenticateWebhook. A body that is not the template's is a 400 with the
 * fields at fault, so an admin who pasted the wrong thing sees why in the help desk's webhook log.
 * An Intercom notification Deskbridge has no use for (the test ping, a topic it did not ask for) is
 * `ignored`: the caller answers 200 so that Intercom does not retry it.
 */
export type ParsedWebhook = { ok: true; notice: WebhookNotice } | { ok: true; ignored: string } | { ok: false; status: 400; message: string };

const NAMES: Record<ConnectorTool, string> = { zendesk: 'Zendesk', intercom: 'Intercom', freshdesk: 'Freshdesk', servicenow: 'ServiceNow' };

export function parseWebhook(tool: ConnectorTool, rawBody: string): ParsedWebhook {
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    return notTemplate(tool, 'the body is not JSON');
  }
  switch (tool) {
    case 'zendesk':
      return withSchema(tool, zendeskPayload, json, (body) => ({ ticketId: body.ticket_id, event: body.event, occurredAt: iso(body.updated_at && fromIso(body.updated_at)) }));
    case 'freshdesk':
      return withSchema(tool, freshdeskPayload, json, (body) => ({ ticketId: body.ticket_id, event: body.event, occurredAt: iso(fromUnixOrIso(body.sent_at)) }));
    case 'servicenow':
      return withSchema(tool, servicenowPayload, json, (body) => ({ ticketId: body.sys_id, event: body.event, occurredAt: iso(fromUnixOrIso(body.sent_at)) }));
    case 'intercom':
      return parseIntercom(json);
    default:
      return { ok: false, status: 400, message: 'Deskbridge receives no webhooks from this tool.' };
  }
}

/** Topics map to events (INTERCOM_WEBHOOK_TOPICS); the conversation is the ticket. */
function parseIntercom(json: unknown): ParsedWebhook {
  const envelope = intercomNotification.safeParse(json);
  if (!envelope.success) return notTemplate('intercom', describeIssues(envelope.error));
  const { topic, created_at: createdAt, data } = envelope.data;
  if (topic === 'ping') return { ok: true, ignored: 'Intercom’s test notification (ping)' };
  const event = Object.prototype.hasOwnProperty.call(INTERCOM_WEBHOOK_TOPICS, topic) ? INTERCOM_WEBHOOK_TOPICS[topic] : undefined;
  if (!event) return { ok: true, ignored: `Intercom topic ${topic.slice(0, 60)} is not one Deskbridge subscribes to` };
  const conversation = intercomConversation.safeParse(data.item);
  if (!conversation.success) return notTemplate('intercom', `data.item: ${describeIssues(conversation.error)}`);
  return { ok: true, notice: withTime({ ticketId: conversation.data.id, event }, createdAt * 1000) };
}

function withSchema<S extends z.ZodType>(tool: ConnectorTool, schema: S, json: unknown, toNotice: (body: z.output<S>) => WebhookNotice): ParsedWebhook {
  const parsed = schema.safeParse(json);
  if (!parsed.success) return notTemplate(tool, describeIssues(parsed.error));
  const notice = toNotice(parsed.data);
  return { ok: true, notice: notice.occurredAt ? notice : { ticketId: notice.ticketId, event: notice.event } };
}

const withTime = (notice: WebhookNotice, ms: number | undefined): WebhookNotice => (iso(ms) ? { ...notice, occurredAt: iso(ms) } : notice);

function iso(ms: number | undefined | '' | false): string | undefined {
  return typeof ms === 'number' && Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

function notTemplate(tool: ConnectorTool, problems: string): ParsedWebhook {
  return {
    ok: false,
    status: 400,
    message: `This is not the body Deskbridge's ${NAMES[tool] ?? tool} webhook sends (${problems}). Set the webhook up again from Deskbridge's instructions.`,
  };
}
