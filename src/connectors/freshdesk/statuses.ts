import type { TicketStatus } from '../connector';
import { FD_STATUS, type FdTicketField } from './freshdesk-types';

/** Agent-facing names of the statuses every Freshdesk account has. */
const DEFAULT_NAMES: Record<number, string> = { 2: 'Open', 3: 'Pending', 4: 'Resolved', 5: 'Closed' };

/**
 * Freshdesk's own statuses have fixed meanings: Open is a new or reopened ticket an agent must
 * act on, Pending waits for the customer, Resolved and Closed are done. Custom statuses (ids 6+)
 * are named by each account, so their bucket is read from the name: waiting on the customer is
 * "waiting"; anything resolved is "resolved"; waiting on someone else (a third party, another
 * team) is still work in progress.
 */
export function statusBucket(id: number, name: string): TicketStatus['bucket'] {
  switch (id) {
    case FD_STATUS.open:
      return 'new';
    case FD_STATUS.pending:
      return 'waiting';
    case FD_STATUS.resolved:
    case FD_STATUS.closed:
      return 'resolved';
  }
  const text = name.toLowerCase();
  if (/\b(customer|requester|client|user|reply|response)\b/.test(text) && /\b(wait|waiting|awaiting|pending|on hold)\b/.test(text)) return 'waiting';
  if (/\b(resolved|closed|solved|done|completed?|cancell?ed)\b/.test(text)) return 'resolved';
  if (/\b(new|reopened)\b/.test(text)) return 'new';
  return 'in-progress';
}

export const isDefaultStatus = (id: number): boolean => id in DEFAULT_NAMES;

/** The statuses of an account, from the `default_status` ticket field's choices (id → [agent label, customer label]). */
export function toStatuses(fields: FdTicketField[]): TicketStatus[] {
  const field = fields.find((candidate) => candidate.type === 'default_status' || candidate.name === 'status');
  const choices = field?.choices && !Array.isArray(field.choices) ? field.choices : {};
  const statuses = Object.entries(choices)
    .filter(([id]) => /^\d+$/.test(id))
    .map(([id, labels]) => toStatus(Number(id), Array.isArray(labels) && typeof labels[0] === 'string' ? labels[0] : undefined));
  // An account always has the four default statuses, even if the field came back without them.
  for (const id of Object.keys(DEFAULT_NAMES).map(Number)) {
    if (!statuses.some((status) => status.id === String(id))) statuses.push(toStatus(id));
  }
  return statuses.sort((a, b) => Number(a.id) - Number(b.id));
}

/** One status; `known` (the account's list) names custom statuses, which are otherwise "Status <id>". */
export function toStatus(id: number, name?: string, known?: TicketStatus[]): TicketStatus {
  const fromList = known?.find((status) => status.id === String(id));
  if (fromList) return fromList;
  const label = name ?? DEFAULT_NAMES[id] ?? `Status ${id}`;
  return { id: String(id), name: label, bucket: statusBucket(id, label) };
}
