import { z } from 'zod';
import { WEBHOOK_EVENTS } from './webhook-types';

/**
 * What each help desk's webhook body must look like: for Zendesk, Freshdesk and ServiceNow the
 * bodies Deskbridge's own templates make (src/connectors/<tool>/*-webhook*.ts), for Intercom its
 * notification object. Fields a help desk adds are ignored; a missing or wrong field means the
 * template was not pasted as given (or a placeholder was left unfilled) and is reported by name.
 */

/** Zendesk ticket, Freshdesk ticket and Intercom conversation ids: positive integers, sent as text or number. */
const numericId = z
  .union([z.string(), z.number()])
  .transform(String)
  .pipe(z.string().regex(/^[1-9]\d{0,18}$/, 'must be a number (was the placeholder left unfilled?)'));

const event = z.enum(WEBHOOK_EVENTS);
const time = z.union([z.string(), z.number()]);

/** `zendeskWebhookBody()`: https://developer.zendesk.com/documentation/webhooks/anatomy-of-a-webhook-request/ */
export const zendeskPayload = z.object({ ticket_id: numericId, event, updated_at: z.string().optional() });

/** `freshdeskWebhookBody()`: https://support.freshdesk.com/support/solutions/articles/132589-using-webhooks-in-automation-rules */
export const freshdeskPayload = z.object({ ticket_id: numericId, event, sent_at: time });

/** `SERVICENOW_WEBHOOK_BODY`: an incident by sys_id (32 hex digits), its number for people reading logs. */
export const servicenowPayload = z.object({
  sys_id: z.string().regex(/^[0-9a-f]{32}$/, 'must be an incident sys_id (32 hex digits)'),
  number: z.string().optional(),
  event,
  sent_at: time,
});

/** Intercom's notification envelope: https://developers.intercom.com/docs/references/2.15/webhooks/webhook-models */
export const intercomNotification = z.object({
  type: z.literal('notification_event'),
  id: z.string().min(1),
  topic: z.string().min(1),
  created_at: z.number().int(),
  data: z.object({ item: z.looseObject({ type: z.string() }) }),
});

/** The conversation a conversation topic's item is. */
export const intercomConversation = z.object({ type: z.literal('conversation'), id: numericId });

/** The first problems zod found, by field, short enough for a log line. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || 'body'}: ${issue.message}`.slice(0, 120))
    .join('; ');
}
