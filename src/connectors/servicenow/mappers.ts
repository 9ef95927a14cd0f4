import type { NewComment, NewTicket, Ticket, TicketComment, TicketPatch, TicketStatus } from '../connector';
import { htmlToJournal, htmlToPlainText, servicenowTextToHtml } from './journal-html';
import type { SnField, SnRecord } from './vendor-types';

/**
 * Pure translations between the Table API's incident, journal and choice records and
 * Deskbridge's Ticket, TicketComment and TicketStatus. No I/O here.
 */

/** The incident fields Deskbridge reads (one dot-walk for the caller's email). */
export const INCIDENT_FIELDS = ['sys_id', 'number', 'short_description', 'description', 'state', 'priority', 'caller_id', 'caller_id.email', 'sys_tags', 'sys_created_on', 'sys_updated_on'];

export const JOURNAL_FIELDS = ['sys_id', 'element', 'element_id', 'value', 'sys_created_on', 'sys_created_by'];

/** The base system's incident states (sys_choice incident.state) and their buckets. */
export const DEFAULT_STATES: TicketStatus[] = [
  { id: '1', name: 'New', bucket: 'new' },
  { id: '2', name: 'In Progress', bucket: 'in-progress' },
  { id: '3', name: 'On Hold', bucket: 'waiting' },
  { id: '6', name: 'Resolved', bucket: 'resolved' },
  { id: '7', name: 'Closed', bucket: 'resolved' },
  { id: '8', name: 'Canceled', bucket: 'resolved' },
];

const PRIORITY_NAMES: Record<string, string> = { '1': 'critical', '2': 'high', '3': 'moderate', '4': 'low', '5': 'planning' };

/** Priority is computed by ServiceNow from impact × urgency; these pairs give each priority (base lookup rules). */
const IMPACT_URGENCY: Record<string, { impact: string; urgency: string }> = {
  '1': { impact: '1', urgency: '1' },
  '2': { impact: '1', urgency: '2' },
  '3': { impact: '2', urgency: '2' },
  '4': { impact: '2', urgency: '3' },
  '5': { impact: '3', urgency: '3' },
};

/** Other help desks' priority words, so a synced priority lands on the nearest ServiceNow one. */
const PRIORITY_ALIASES: Record<string, string> = { critical: '1', urgent: '1', high: '2', moderate: '3', medium: '3', normal: '3', low: '4', planning: '5' };

/** The internal value of a field in any of the Table API's shapes. */
export function valueOf(field: SnField): string {
  if (field === null || field === undefined) return '';
  return typeof field === 'string' ? field : (field.value ?? '');
}

/** The display value of a field (the internal value when only that was returned). */
export function displayOf(field: SnField): string {
  if (field === null || field === undefined) return '';
  return typeof field === 'string' ? field : (field.display_value ?? field.value ?? '');
}

/** "2024-03-01 09:30:00" (the Table API's internal UTC form) → ISO 8601. */
export function fromServicenowDate(text: string): string {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/.exec(text.trim());
  return match ? `${match[1]}T${match[2]}.000Z` : text;
}

/** A Date → the Table API's internal UTC form, to the second (the field's precision). */
export function toServicenowDate(date: Date): string {
  return date.toISOString().slice(0, 19).replace('T', ' ');
}

export function bucketOf(stateValue: string): TicketStatus['bucket'] {
  return DEFAULT_STATES.find((state) => state.id === stateValue)?.bucket ?? 'in-progress';
}

export function toStatus(value: string, label: string): TicketStatus {
  return { id: value, name: label || DEFAULT_STATES.find((state) => state.id === value)?.name || value, bucket: bucketOf(value) };
}

/** An incident read with `sysparm_display_value=all` (plain values work too) → Ticket. */
export function toTicket(record: SnRecord, domain: string): Ticket {
  const sysId = valueOf(record.sys_id);
  const callerId = valueOf(record.caller_id);
  const email = valueOf(record['caller_id.email']);
  const tags = displayOf(record.sys_tags);
  const priority = PRIORITY_NAMES[valueOf(record.priority)];
  return {
    id: sysId,
    subject: displayOf(record.short_description),
    description: servicenowTextToHtml(valueOf(record.description)),
    status: toStatus(valueOf(record.state), typeof record.state === 'object' ? displayOf(record.state) : ''),
    ...(priority ? { priority } : {}),
    ...(callerId ? { requester: { id: callerId, ...(email ? { email } : {}), ...(typeof record.caller_id === 'object' && record.caller_id?.display_value ? { name: record.caller_id.display_value } : {}) } } : {}),
    tags: tags ? tags.split(',').map((tag) => tag.trim()).filter(Boolean) : [],
    createdAt: fromServicenowDate(valueOf(record.sys_created_on)),
    updatedAt: fromServicenowDate(valueOf(record.sys_updated_on)),
    url: `https://${domain}/incident.do?sys_id=${sysId}`,
  };
}

/** A sys_journal_field record → TicketComment: `comments` are public, `work_notes` private. */
export function toComment(entry: SnRecord): TicketComment {
  const author = valueOf(entry.sys_created_by);
  return {
    id: valueOf(entry.sys_id),
    ticketId: valueOf(entry.element_id),
    body: servicenowTextToHtml(valueOf(entry.value)),
    public: valueOf(entry.element) === 'comments',
    ...(author ? { authorId: author } : {}),
    createdAt: fromServicenowDate(valueOf(entry.sys_created_on)),
  };
}

/** Deskbridge's priority word (or a ServiceNow priority value "1".."5") → impact and urgency. */
export function impactUrgencyFor(priority: string): { impact: string; urgency: string } | undefined {
  const key = priority.trim().toLowerCase();
  return IMPACT_URGENCY[PRIORITY_ALIASES[key] ?? key];
}

/** The body of `POST /api/now/table/incident`. Tags are not set: ServiceNow keeps them in label_entry, not on the incident. */
export function toIncidentInsert(ticket: NewTicket, callerSysId?: string): Record<string, string> {
  return {
    short_description: ticket.subject,
    description: htmlToPlainText(ticket.description),
    ...(callerSysId ? { caller_id: callerSysId } : {}),
    ...(ticket.priority ? impactUrgencyFor(ticket.priority) : {}),
  };
}

/**
 * The body of `PATCH /api/now/table/incident/{sys_id}`. Moving to Resolved/Closed carries the
 * resolution code and notes the base data policy requires; On Hold carries a hold reason
 * (1 = Awaiting Caller, the "waiting for user" bucket).
 */
export function toIncidentPatch(patch: TicketPatch): Record<string, string> {
  const body: Record<string, string> = {};
  if (patch.subject !== undefined) body.short_description = patch.subject;
  if (patch.description !== undefined) body.description = htmlToPlainText(patch.description);
  if (patch.priority !== undefined) Object.assign(body, impactUrgencyFor(patch.priority));
  if (patch.statusId !== undefined) {
    body.state = patch.statusId;
    if (patch.statusId === '6' || patch.statusId === '7') Object.assign(body, { close_code: 'Solution provided', close_notes: 'Resolved from Jira through Deskbridge.' });
    if (patch.statusId === '3') body.hold_reason = '1';
  }
  return body;
}

/** The journal write: a public reply goes to `comments`, a private note to `work_notes`. */
export function toJournalWrite(comment: NewComment): { element: 'comments' | 'work_notes'; body: Record<string, string> } {
  const element = comment.public ? 'comments' : 'work_notes';
  return { element, body: { [element]: htmlToJournal(comment.body) } };
}
