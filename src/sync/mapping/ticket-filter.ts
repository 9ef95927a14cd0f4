import type { Ticket } from '../../connectors/connector';
import type { TicketFilter } from '../../shared/sync-config';

/** Whether a new ticket should create an issue on its own: every listed condition holds (an empty list holds for all). */
export function matchesTicketFilter(ticket: Ticket, filter: TicketFilter): boolean {
  const statusOk = filter.statusIds.length === 0 || filter.statusIds.includes(ticket.status.id);
  const tagsOk = filter.tags.length === 0 || filter.tags.some((tag) => ticket.tags.includes(tag));
  const priorityOk = filter.priorities.length === 0 || (ticket.priority !== undefined && filter.priorities.includes(ticket.priority));
  return statusOk && tagsOk && priorityOk;
}
