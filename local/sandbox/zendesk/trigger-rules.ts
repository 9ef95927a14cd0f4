import { createHmac } from 'node:crypto';
import type { CommentRecord, TicketRecord, UserRecord } from './state';
import type { TriggerCondition, TriggerRecord } from './webhook-state';

/**
 * The part of Zendesk's trigger engine the sandbox runs: the conditions Deskbridge's triggers use
 * (and a few common ones), and the placeholders its bodies use. A condition the sandbox does not
 * know never holds, so an unknown trigger stays quiet rather than firing on everything.
 * https://developer.zendesk.com/documentation/ticketing/reference-guides/conditions-reference/
 * https://support.zendesk.com/hc/en-us/articles/4408886858138-Zendesk-placeholders-reference
 */
export interface TicketChange {
  updateType: 'Create' | 'Change';
  ticket: TicketRecord;
  comment?: CommentRecord;
  user: UserRecord;
  host: string;
}

const STATUS_ORDER = ['new', 'open', 'pending', 'hold', 'solved', 'closed'];
const STATUS_NAMES: Record<string, string> = { new: 'New', open: 'Open', pending: 'Pending', hold: 'On-hold', solved: 'Solved', closed: 'Closed' };

export function triggerFires(trigger: TriggerRecord, change: TicketChange): boolean {
  const { all, any } = trigger.conditions;
  return all.every((condition) => holds(condition, change)) && (any.length === 0 || any.some((condition) => holds(condition, change)));
}

function holds({ field, operator, value }: TriggerCondition, change: TicketChange): boolean {
  const is = (actual: unknown) => (operator === 'is' ? String(actual) === String(value) : operator === 'is_not' ? String(actual) !== String(value) : false);
  switch (field) {
    case 'update_type':
      return is(change.updateType);
    case 'priority':
    case 'type':
      return is(change.ticket[field] ?? '');
    case 'status': {
      const at = STATUS_ORDER.indexOf(change.ticket.status);
      const than = STATUS_ORDER.indexOf(String(value));
      return operator === 'less_than' ? at < than : operator === 'greater_than' ? at > than : is(change.ticket.status);
    }
    case 'comment_is_public':
      if (!change.comment) return false;
      return value === 'not_relevant' || String(change.comment.public) === String(value);
    default:
      return false;
  }
}

/** Fills `{{ticket.id}}`-style placeholders; unknown ones render empty, as Zendesk renders them. Values are JSON-escaped. */
export function renderPlaceholders(template: string, change: TicketChange): string {
  const { ticket, user } = change;
  const values: Record<string, string> = {
    'ticket.id': String(ticket.id),
    'ticket.title': ticket.subject ?? '',
    'ticket.status': STATUS_NAMES[ticket.status] ?? ticket.status,
    'ticket.priority': String(ticket.priority ?? ''),
    'ticket.link': `${change.host}/agent/tickets/${ticket.id}`,
    'ticket.created_at_with_timestamp': ticket.created_at,
    'ticket.updated_at_with_timestamp': ticket.updated_at,
    'current_user.id': String(user.id),
    'current_user.name': user.name,
  };
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, name: string) => JSON.stringify(values[name] ?? '').slice(1, -1));
}

export const hmacFor = (secret: string, message: string) => createHmac('sha256', secret).update(message, 'utf8').digest('base64');
