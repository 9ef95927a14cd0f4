import type { Ticket } from '../connectors/connector';
import type { Integration } from '../integrations/integration';
import type { SyncLink } from '../sync/links/link';
import { CUSTOM_PREFIX, panelFieldLabel } from './panel-fields';
import type { PanelTicket } from './panel-view';

/** The help desks' names as their users know them. */
export const TOOL_NAMES: Record<string, string> = { freshdesk: 'Freshdesk', zendesk: 'Zendesk', intercom: 'Intercom', servicenow: 'ServiceNow', jsm: 'Jira Service Management' };

/** One chosen field's value on a ticket; absent when the ticket has none (the panel leaves it out). */
function fieldValue(ticket: Ticket, choice: string): string | undefined {
  if (choice.startsWith(CUSTOM_PREFIX)) {
    const value = ticket.customFields?.[choice.slice(CUSTOM_PREFIX.length)];
    return value === null || value === undefined || value === '' ? undefined : String(value);
  }
  switch (choice) {
    case 'subject':
      return ticket.subject || undefined;
    case 'priority':
      return ticket.priority;
    case 'tags':
      return ticket.tags.length > 0 ? ticket.tags.join(', ') : undefined;
    case 'requesterEmail':
      return ticket.requester?.email;
    case 'createdAt':
      return ticket.createdAt;
    default:
      return undefined;
  }
}

export interface TicketReading {
  ticket?: Ticket;
  /** Why the ticket could not be read just now. */
  unavailable?: string;
}

/**
 * One linked ticket as the panel shows it: what the help desk says now when it answered, else
 * what the link last recorded (status name, URL, sync state and time: no ticket content is ever
 * stored, so requester and fields are simply absent then, and the panel says why).
 */
export function panelTicket(
  link: SyncLink,
  integration: Integration | undefined,
  reading: TicketReading,
  choices: string[],
  access: { canAct: boolean; refusal?: string },
): PanelTicket {
  const { ticket } = reading;
  const fields = ticket
    ? choices.flatMap((choice) => {
        const value = fieldValue(ticket, choice);
        return value === undefined ? [] : [{ label: panelFieldLabel(choice), value }];
      })
    : [];
  return {
    integrationId: link.integrationId,
    integrationName: integration?.name ?? '(deleted integration)',
    tool: link.tool,
    toolName: TOOL_NAMES[link.tool] ?? link.tool,
    ticketId: link.ticketId,
    ticketUrl: ticket?.url ?? link.ticketUrl,
    ...(ticket?.subject ? { subject: ticket.subject } : {}),
    status: ticket ? { name: ticket.status.name, bucket: ticket.status.bucket } : { name: link.ticketStatus },
    ...(ticket?.requester ? { requester: ticket.requester.name ?? ticket.requester.email ?? `#${ticket.requester.id}` } : {}),
    updatedAt: ticket?.updatedAt ?? new Date(link.lastSyncedAt).toISOString(),
    fields,
    sync: { state: link.state, ...(link.stuckReason ? { reason: link.stuckReason } : {}), lastSyncedAt: new Date(link.lastSyncedAt).toISOString() },
    freshness: ticket ? 'live' : 'last-known',
    ...(ticket ? {} : { unavailable: reading.unavailable ?? 'The help desk did not answer.' }),
    canAct: access.canAct,
    ...(access.refusal ? { refusal: access.refusal } : {}),
  };
}
