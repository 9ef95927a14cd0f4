import type { ConnectionCredentials, Connector, NewComment, NewTicket, TicketPage, TicketPatch, TicketStatus } from '../connector';
import { ConnectorError } from '../http/connector-error';
import { vendorRequest } from '../http/vendor-request';
import { DEFAULT_STATES, INCIDENT_FIELDS, JOURNAL_FIELDS, toComment, toIncidentInsert, toIncidentPatch, toJournalWrite, toStatus, toServicenowDate, toTicket, valueOf } from './mappers';
import { listOf, noIncident, recordOf, writeRefused } from './responses';
import { servicenowSpec as spec } from './spec';
import { checkedSysId, decodeCursor, encodeCursor, nextCursor, queryValue, tablePath } from './table-query';
import { verifyServicenow } from './verify';

/**
 * ServiceNow incidents as Deskbridge tickets, through the Table API. Every request goes through
 * vendorRequest; each one names the fields it needs (sysparm_fields) and skips the row count
 * (sysparm_no_count), which are the cheapest reads the API offers.
 */

/** Incidents are read with both values (state "2" and its label) and without reference links. */
const READ = { sysparm_display_value: 'all', sysparm_exclude_reference_link: 'true', sysparm_fields: INCIDENT_FIELDS.join(',') };
const LIST = { sysparm_no_count: 'true', sysparm_suppress_pagination_header: 'true' };
const JOURNAL_PAGE = 500;

export function createServicenowConnector(options: { pageSize?: number } = {}): Connector {
  const pageSize = options.pageSize ?? 100;

  async function getTicket(credentials: ConnectionCredentials, id: string) {
    // Table - GET /now/table/{tableName}/{sys_id}
    // https://docs.servicenow.com/bundle/xanadu-api-reference/page/integrate/inbound-rest/concept/c_TableAPI.html
    const response = await vendorRequest<unknown>(spec, credentials, { path: tablePath('incident', READ, checkedSysId(id)), expect: [404] });
    if (response.status === 404) throw noIncident(id);
    return toTicket(recordOf(response.body), credentials.domain);
  }

  async function listTicketsUpdatedSince(credentials: ConnectionCredentials, since: Date, cursorText?: string): Promise<TicketPage> {
    const cursor = cursorText ? decodeCursor(cursorText) : { t: toServicenowDate(since), o: 0 };
    // Table - GET /now/table/{tableName}: sysparm_query filters and orders, sysparm_limit/sysparm_offset page.
    // https://docs.servicenow.com/bundle/xanadu-api-reference/page/integrate/inbound-rest/concept/c_TableAPI.html
    const response = await vendorRequest<unknown>(spec, credentials, {
      path: tablePath('incident', {
        sysparm_query: `sys_updated_on>=${cursor.t}^ORDERBYsys_updated_on^ORDERBYsys_id`,
        ...READ,
        sysparm_limit: pageSize,
        sysparm_offset: cursor.o || undefined,
        ...LIST,
      }),
    });
    const records = listOf(response.body);
    const next = nextCursor(cursor, records.map((record) => valueOf(record.sys_updated_on)), pageSize);
    return { tickets: records.map((record) => toTicket(record, credentials.domain)), ...(next ? { nextCursor: encodeCursor(next) } : {}) };
  }

  async function createTicket(credentials: ConnectionCredentials, ticket: NewTicket) {
    const callerSysId = ticket.requesterEmail ? await userSysIdByEmail(credentials, ticket.requesterEmail) : undefined;
    // Table - POST /now/table/{tableName}
    // https://docs.servicenow.com/bundle/xanadu-api-reference/page/integrate/inbound-rest/concept/c_TableAPI.html
    const response = await vendorRequest<unknown>(spec, credentials, { method: 'POST', path: tablePath('incident', READ), body: toIncidentInsert(ticket, callerSysId), expect: [403] });
    if (response.status === 403) throw writeRefused(response.body);
    return toTicket(recordOf(response.body), credentials.domain);
  }

  /** The caller for a new incident: the sys_user with that email, if there is one (no user is created). */
  async function userSysIdByEmail(credentials: ConnectionCredentials, email: string): Promise<string | undefined> {
    // Table - GET /now/table/{tableName} on sys_user
    // https://docs.servicenow.com/bundle/xanadu-api-reference/page/integrate/inbound-rest/concept/c_TableAPI.html
    const response = await vendorRequest<unknown>(spec, credentials, {
      path: tablePath('sys_user', { sysparm_query: `email=${queryValue(email.trim())}`, sysparm_fields: 'sys_id', sysparm_limit: 1, ...LIST }),
    });
    return valueOf(listOf(response.body)[0]?.sys_id) || undefined;
  }

  async function updateTicket(credentials: ConnectionCredentials, id: string, patch: TicketPatch) {
    if (patch.statusId !== undefined && !/^-?\d+$/.test(patch.statusId)) throw new ConnectorError('invalid', `"${patch.statusId.slice(0, 20)}" is not a ServiceNow incident state (a number such as 2 for In Progress).`);
    const body = toIncidentPatch(patch);
    if (Object.keys(body).length === 0) return getTicket(credentials, id);
    // Table - PATCH /now/table/{tableName}/{sys_id}
    // https://docs.servicenow.com/bundle/xanadu-api-reference/page/integrate/inbound-rest/concept/c_TableAPI.html
    const response = await vendorRequest<unknown>(spec, credentials, { method: 'PATCH', path: tablePath('incident', READ, checkedSysId(id)), body, expect: [403, 404] });
    if (response.status === 404) throw noIncident(id);
    if (response.status === 403) throw writeRefused(response.body);
    return toTicket(recordOf(response.body), credentials.domain);
  }

  async function journal(credentials: ConnectionCredentials, ticketId: string, query: string, limit: number, offset = 0) {
    // Table - GET /now/table/{tableName} on sys_journal_field (comments and work notes of one incident)
    // https://docs.servicenow.com/bundle/xanadu-api-reference/page/integrate/inbound-rest/concept/c_TableAPI.html
    const response = await vendorRequest<unknown>(spec, credentials, {
      path: tablePath('sys_journal_field', {
        sysparm_query: `name=incident^element_id=${checkedSysId(ticketId)}^${query}`,
        sysparm_fields: JOURNAL_FIELDS.join(','),
        sysparm_limit: limit,
        sysparm_offset: offset || undefined,
        ...LIST,
      }),
    });
    return listOf(response.body);
  }

  async function listComments(credentials: ConnectionCredentials, ticketId: string) {
    const entries = [];
    for (let offset = 0; ; offset += JOURNAL_PAGE) {
      const page = await journal(credentials, ticketId, 'elementINcomments,work_notes^ORDERBYsys_created_on^ORDERBYsys_id', JOURNAL_PAGE, offset);
      entries.push(...page);
      if (page.length < JOURNAL_PAGE) return entries.map(toComment);
    }
  }

  async function addComment(credentials: ConnectionCredentials, ticketId: string, comment: NewComment) {
    const { element, body } = toJournalWrite(comment);
    // Table - PATCH /now/table/{tableName}/{sys_id}: writing a journal field appends an entry to it.
    // https://docs.servicenow.com/bundle/xanadu-api-reference/page/integrate/inbound-rest/concept/c_TableAPI.html
    const response = await vendorRequest<unknown>(spec, credentials, { method: 'PATCH', path: tablePath('incident', { sysparm_fields: 'sys_id' }, checkedSysId(ticketId)), body, expect: [403, 404] });
    if (response.status === 404) throw noIncident(ticketId);
    if (response.status === 403) throw writeRefused(response.body);
    // The PATCH answers with the incident, not the entry: read the newest entries back to get its id.
    const recent = await journal(credentials, ticketId, `element=${element}^ORDERBYDESCsys_created_on`, 10);
    const written = recent.find((entry) => valueOf(entry.value) === body[element]) ?? recent[0];
    if (!written) throw new ConnectorError('unavailable', 'ServiceNow accepted the comment but does not list it yet. Reload the ticket in a moment.');
    return toComment(written);
  }

  async function listStatuses(credentials: ConnectionCredentials): Promise<TicketStatus[]> {
    // Table - GET /now/table/{tableName} on sys_choice: the instance's own incident states, labels included.
    // https://docs.servicenow.com/bundle/xanadu-api-reference/page/integrate/inbound-rest/concept/c_TableAPI.html
    const response = await vendorRequest<unknown>(spec, credentials, {
      path: tablePath('sys_choice', { sysparm_query: 'name=incident^element=state^inactive=false^language=en^ORDERBYsequence', sysparm_fields: 'value,label', sysparm_limit: 100, ...LIST }),
      expect: [403],
    });
    // A user without read access to sys_choice still works with the base system's states.
    if (response.status === 403) return DEFAULT_STATES;
    const seen = new Set<string>();
    const statuses = listOf(response.body)
      .map((choice) => toStatus(valueOf(choice.value), valueOf(choice.label)))
      .filter((status) => status.id !== '' && !seen.has(status.id) && seen.add(status.id));
    return statuses.length > 0 ? statuses : DEFAULT_STATES;
  }

  return { spec, verify: verifyServicenow, getTicket, listTicketsUpdatedSince, createTicket, updateTicket, listComments, addComment, listStatuses };
}
